// Defect 2: problems and duplicate checks must stay linear at any size, and report cleanly.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset';

const VALID = 'tests/fixtures/valid';
const read = (f: string) => {
  try {
    return readFileSync(join(VALID, f), 'utf8');
  } catch {
    return null;
  }
};
const [HEADER, ROW] = (read('transfers.csv') ?? '').split('\n') as [string, string];

/** N copies of the valid fixture's first record, each with its own id: N - 1 likely duplicates. */
function copies(n: number, id = (i: number) => `t-${i}`): string {
  const rest = ROW.slice(ROW.indexOf(','));
  const lines = [HEADER];
  for (let i = 0; i < n; i++) lines.push(id(i) + rest);
  return lines.join('\n') + '\n';
}

const tmp = mkdtempSync(join(tmpdir(), 'large-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('large datasets', () => {
  it('validates 100,000 duplicated rows in linear memory, one warning per duplicate', async () => {
    const n = 100_000;
    const transfers = copies(n);
    const before = process.memoryUsage().heapUsed;
    const { dataset, problems } = await loadDataset(
      async (f) => (f === 'transfers.csv' ? transfers : read(f)),
      { currentYear: 2026 },
    );
    const grown = process.memoryUsage().heapUsed - before;
    expect(dataset.transfers).toHaveLength(n);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    const duplicates = problems.filter((p) => p.file === 'transfers.csv');
    expect(duplicates).toHaveLength(n - 1);
    expect(duplicates[0]?.message).toMatch(/^"t-1" may duplicate "t-0" \(line 2\)/);
    expect(duplicates[n - 2]?.message).toMatch(/^"t-99999" may duplicate "t-0" \(line 2\)/);
    // All pairs would be 5 billion comparisons and warnings; linear work stays well under this.
    expect(grown).toBeLessThan(600 * 1024 * 1024);
  });

  it('reports 150,000 problems without overflowing the stack', async () => {
    // Every row has one field too many: 150,000 syntax problems from one file.
    const transfers = copies(150_000)
      .replace(/\n(?=t-)/g, '\n,')
      .replace(/^,/gm, 'x,');
    const { problems } = await loadDataset(
      async (f) => (f === 'transfers.csv' ? transfers : read(f)),
      { currentYear: 2026 },
    );
    const errors = problems.filter((p) => p.file === 'transfers.csv');
    expect(errors).toHaveLength(150_000);
    expect(errors[0]?.message).toMatch(/^this row has 14 fields but the header has 13/);
    expect(errors[149_999]?.line).toBe(150_001);
  });

  it('the CLI prints FILE:LINE for 30,000 bad rows, capped, with a count of the rest', () => {
    const dir = join(tmp, 'copied');
    cpSync(VALID, dir, { recursive: true });
    writeFileSync(
      join(dir, 'transfers.csv'),
      copies(30_000, () => 't-same'),
    );
    const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n');
    // 29,999 repeated ids, and the warnings for the fixture's sources and companies left unused.
    const problems = 29_999 + Number(/, (\d+) warnings?/.exec(r.stderr)?.[1] ?? NaN);
    expect(out).toHaveLength(501);
    expect(out[0]).toBe(`${dir}/transfers.csv:3: id "t-same" is already used on line 2`);
    expect(out[500]).toBe(
      `... and ${problems - 500} more (npm run validate -- --all ${dir} lists them all)`,
    );
    expect(r.stderr).toContain('29,999 errors');
  });
});
