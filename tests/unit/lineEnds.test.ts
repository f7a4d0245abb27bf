// Defect 5: mixed CRLF, LF and CR line ends must never merge or drop a valid row. Property-style:
// many random tables, each written with a random line end per line and random quoting, must parse
// back to exactly the rows written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../scripts/bench/rng';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { parseCsv } from '../../src/lib/data/parseCsv';

const ENDS = ['\n', '\r\n', '\r'] as const;
const PIECES = ['a', 'b', 'Zz', ' ', ',', '"', ';', 'é', '中', '\n', '-', '7'];

describe('line ends', () => {
  it('never loses or merges a row, whatever the mix of line ends and quoting (500 tables)', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = rng(seed);
      const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
      const columns = 1 + Math.floor(r() * 5);
      const header = Array.from({ length: columns }, (_, i) => `c${i}`);
      const rows = Array.from({ length: 1 + Math.floor(r() * 30) }, () =>
        header.map(() => Array.from({ length: Math.floor(r() * 6) }, () => pick(PIECES)).join('')),
      );
      // A one-column row that is empty would be a blank line, which CSV cannot tell from none.
      const kept = columns === 1 ? rows.filter((row) => row[0] !== '') : rows;
      // A field must be quoted when it holds a comma, quote or line break; others are, at random.
      const cell = (v: string) => {
        const end = pick(ENDS);
        const text = v.replace(/\n/g, end);
        return /[",\r\n]/.test(text) || (r() < 0.3 && text !== '')
          ? `"${text.replace(/"/g, '""')}"`
          : text;
      };
      let text = header.join(',') + pick(ENDS);
      kept.forEach((row, i) => {
        text += row.map(cell).join(',');
        if (i < kept.length - 1 || r() < 0.5) text += pick(ENDS);
      });
      if (r() < 0.2) text = '\ufeff' + text;
      const table = parseCsv('t.csv', text);
      expect(table.problems, `seed ${seed}`).toEqual([]);
      // Line breaks inside quoted fields come back as LF, whichever end they were written with.
      expect(
        table.rows.map((row) => header.map((h) => row.values[h])),
        `seed ${seed}`,
      ).toEqual(kept);
      expect(table.records).toBe(kept.length);
    }
  });

  it('keeps every row of the valid fixture under random line-end mixes, on the right lines', async () => {
    const read = (f: string) => {
      const p = join('tests/fixtures/valid', f);
      return existsSync(p) ? readFileSync(p, 'utf8') : null;
    };
    const reference = await loadDataset(async (f) => read(f), { currentYear: 2026 });
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const mix = (text: string | null) =>
        text === null
          ? null
          : text
              .split('\n')
              .map((line, i, all) =>
                i === all.length - 1 ? line : line + ENDS[Math.floor(r() * 3)],
              )
              .join('');
      const result = await loadDataset(async (f) => mix(read(f)), { currentYear: 2026 });
      expect(result.problems, `seed ${seed}`).toEqual([]);
      expect(result.dataset, `seed ${seed}`).toEqual(reference.dataset);
    }
  });

  it('names the physical line of a bad row after mixed line ends', () => {
    const text = 'id,n\r\na,1\nb,2\rc\r\nd,4\n';
    expect(parseCsv('t.csv', text).problems.map((p) => p.line)).toEqual([4]);
  });
});
