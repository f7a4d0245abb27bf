import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'validate-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Run `npm run validate -- [--strict] DIR` the way a contributor does. */
function validate(dir?: string, strict = false) {
  const args = [
    'tsx',
    'scripts/validate.ts',
    '--',
    ...(strict ? ['--strict'] : []),
    ...(dir ? [dir] : []),
  ];
  const r = spawnSync('npx', args, { encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim().split('\n').filter(Boolean) };
}

/**
 * A copy of data/ with one line of one file replaced. The copy has no datapackage.json: these
 * tests are about rows, and an edited file no longer matches its release (tested on its own).
 */
function brokenCopy(name: string, file: string, line: number, edit: (row: string) => string) {
  const dir = join(tmp, name);
  cpSync('data', dir, { recursive: true });
  rmSync(join(dir, 'datapackage.json'));
  const rows = readFileSync(join(dir, file), 'utf8').split('\n');
  rows[line - 1] = edit(rows[line - 1] ?? '');
  writeFileSync(join(dir, file), rows.join('\n'));
  return dir;
}

describe('npm run validate', () => {
  it('passes on data/ with exit 0 and prints no problem', () => {
    const r = validate();
    expect(r.code).toBe(0);
    expect(r.out).toEqual([]);
  });

  it('rejects a broken copy with exit 1 and FILE:LINE of the bad row', () => {
    const dir = brokenCopy('bad-evidence', 'transfers.csv', 5, (row) =>
      row.replace(/,(documented|forensic|reported|alleged),/, ',rumoured,'),
    );
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      `${dir}/transfers.csv:5: evidence "rumoured" is not allowed: use one of documented, forensic, reported, alleged`,
    ]);
  });

  it('reports a dangling company reference in companies.csv', () => {
    const dir = brokenCopy('bad-parent', 'companies.csv', 1, (header) => header);
    const file = join(dir, 'companies.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/\n?$/, '\n') + 'x-co,X,,CHN,no-such-parent,private,,\n',
    );
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').length;
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${dir}/companies.csv:${lines}: parent_id "no-such-parent" matches no valid company in companies.csv`,
    );
  });

  it('prints warnings but passes, unless --strict', () => {
    const dir = brokenCopy('unused-source', 'sources.csv', 1, (header) => header);
    const file = join(dir, 'sources.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/\n?$/, '\n') +
        'idle-src,Idle,Idle Press,,2020,https://example.net/idle,,news\n',
    );
    const line = readFileSync(file, 'utf8').trimEnd().split('\n').length;
    const message = `${dir}/sources.csv:${line}: warning: source "idle-src" is cited by no record or company: cite it or remove it`;
    const relaxed = validate(dir);
    expect(relaxed.code).toBe(0);
    expect(relaxed.out).toEqual([message]);
    const strict = validate(dir, true);
    expect(strict.code).toBe(1);
    expect(strict.out).toEqual([message]);
  });

  it('passes on data/ under --strict', () => {
    expect(validate(undefined, true).code).toBe(0);
  });

  it('reports missing files of an empty folder', () => {
    const r = validate(join(tmp, 'nothing-here'));
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(4);
  });
});
