// Defect 4: data/datapackage.json records each file's release (bytes, sha256 hash, rows); the loader
// checks every file it lists, and `npm run release` / `validate --fix-manifest` update it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestSha256 } from '../../src/lib/data/digestSha256';
import { checkManifest, describeFile, readManifest } from '../../src/lib/data/manifest';
import { parseCsv } from '../../src/lib/data/parseCsv';
import { sha256Hex } from '../../src/lib/data/sha256';

const tmp = mkdtempSync(join(tmpdir(), 'manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const r = spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
};
const copy = (name: string) => {
  const dir = join(tmp, name);
  cpSync('data', dir, { recursive: true });
  return dir;
};

const SIZES = [0, 1, 55, 56, 63, 64, 65, 1000, 100_003];
const sample = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);

describe('sha256Hex', () => {
  it.each(SIZES)('matches node:crypto on %i bytes', (n) => {
    const bytes = sample(n);
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('digestSha256', () => {
  it.each(SIZES)('matches node:crypto on %i bytes, with Web Crypto', async (n) => {
    const bytes = sample(n);
    expect(await digestSha256(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it.each(SIZES)('matches node:crypto on %i bytes without it (plain-http pages)', async (n) => {
    const bytes = sample(n);
    expect(await digestSha256(bytes, undefined)).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });

  it('falls back to the TypeScript hash when Web Crypto refuses the digest', async () => {
    const refusing = {
      digest: () => Promise.reject(new Error('refused')),
    } as unknown as SubtleCrypto;
    const bytes = sample(100);
    expect(await digestSha256(bytes, refusing)).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });
});

describe('data/datapackage.json', () => {
  it('records the bytes, sha256 hash and rows of every resource, as released', () => {
    const resources = readManifest(readFileSync('data/datapackage.json', 'utf8'));
    if (typeof resources === 'string') throw new Error(resources);
    expect(resources.length).toBeGreaterThan(0);
    for (const r of resources) {
      const bytes = readFileSync(join('data', r.path));
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.rows, r.path).toBe(parseCsv(r.path, bytes.toString('utf8')).records);
    }
  });
});

describe('checkManifest', () => {
  const text = 'id,x\na,1\nb,2\n';
  const bytes = new TextEncoder().encode(text);
  const released = async () => {
    const { bytes: size, hash } = await describeFile(bytes, 2);
    return { path: 't.csv', bytes: size, hash, rows: 2 };
  };
  const facts = (t: string, rows: number) => () => describeFile(new TextEncoder().encode(t), rows);
  it.each([
    { name: 'the released file', file: facts(text, 2), expected: [] },
    {
      name: 'cut at a line end',
      file: facts('id,x\na,1\n', 1),
      expected: [
        't.csv:1: the file does not match its release in datapackage.json: this copy has 9 bytes and 1 row, the release 13 bytes and 2 rows; it is shorter than the released file, probably truncated. Download it again; if you edited it on purpose, run npm run release',
      ],
    },
    {
      name: 'one character changed',
      file: facts('id,x\na,1\nb,3\n', 2),
      expected: [
        't.csv:1: the file does not match its release in datapackage.json: this copy has 13 bytes and 2 rows, the release 13 bytes and 2 rows (same size, different SHA-256 hash); its content differs from the released file. Download it again; if you edited it on purpose, run npm run release',
      ],
    },
    {
      name: 'unreadable',
      file: async () => null,
      expected: ['datapackage.json:1: lists "t.csv", which could not be read'],
    },
  ])('$name', async ({ file, expected }) => {
    const read = await file();
    const problems = checkManifest([await released()], () => read);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(expected);
    expect(problems.every((p) => p.fileLevel)).toBe(true);
  });

  it('asks for a release when a resource has no hash', () => {
    expect(checkManifest([{ path: 'new.csv' }], () => null)[0]?.message).toBe(
      'resource "new.csv" has no bytes or hash: run npm run release to record the released files',
    );
  });
});

describe('the CLI and npm run release', () => {
  it('fails a copy whose file was truncated at a line end, naming the file', () => {
    const dir = copy('truncated');
    const file = join(dir, 'transfers.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, lines.slice(0, 51).join('\n') + '\n');
    const r = run('scripts/validate.ts', dir);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(
      new RegExp(
        `^${dir}/transfers.csv:1: the file does not match its release in datapackage.json: this copy has [\\d,]+ bytes and 50 rows, the release [\\d,]+ bytes and [\\d,]+ rows; it is shorter than the released file, probably truncated`,
      ),
    );
  });

  it('checks files the manifest lists beyond the ones the loader parses', () => {
    const dir = copy('extra');
    writeFileSync(join(dir, 'notes.csv'), 'iso3,year\nCHN,2020\n');
    const manifest = join(dir, 'datapackage.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { resources: object[] };
    pkg.resources.push({ name: 'notes', path: 'notes.csv' });
    writeFileSync(manifest, JSON.stringify(pkg, null, 2));
    const stale = run('scripts/validate.ts', '--strict', dir);
    expect(stale.code).toBe(1);
    expect(stale.out).toBe(
      `${dir}/datapackage.json:1: resource "notes.csv" has no bytes or hash: run npm run release to record the released files`,
    );
    const released = run('scripts/release.ts', dir);
    expect(released.err).toBe(`${dir}/datapackage.json: updated notes.csv`);
    expect(run('scripts/validate.ts', '--strict', dir).code).toBe(0);
    writeFileSync(join(dir, 'notes.csv'), 'iso3,year\nCHN,2021\n');
    expect(run('scripts/validate.ts', dir).out).toMatch(
      /notes.csv:1: the file does not match its release .*\(same size, different SHA-256 hash\)/,
    );
  });

  it('--fix-manifest records an edited file so it validates again; release is then a no-op', () => {
    const dir = copy('edited');
    const file = join(dir, 'technologies.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Spyware', 'Spyware tools'));
    expect(run('scripts/validate.ts', dir).code).toBe(1);
    const fixed = run('scripts/validate.ts', '--fix-manifest', '--strict', dir);
    expect(fixed.err).toContain(`${dir}/datapackage.json: updated technologies.csv`);
    expect(fixed.code).toBe(0);
    expect(run('scripts/release.ts', dir).err).toBe(`${dir}/datapackage.json: already up to date`);
    // Prettier-clean, so a release never leaves a lint failure behind.
    const prettier = spawnSync('npx', ['prettier', '--check', join(dir, 'datapackage.json')]);
    expect(prettier.status).toBe(0);
  });
});
