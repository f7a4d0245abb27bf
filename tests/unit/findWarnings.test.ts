import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data/formatProblem';
import { loadDataset } from '../../src/lib/data/loadDataset';

/** The valid fixture with the files of one tests/fixtures/warnings/ case in their place. */
function loadCase(name: string, warnings = true) {
  const dir = join('tests/fixtures/warnings', name);
  const replaced = new Set(readdirSync(dir));
  return loadDataset(
    async (file) => {
      const path = join(replaced.has(file) ? dir : 'tests/fixtures/valid', file);
      return existsSync(path) ? readFileSync(path, 'utf8') : null;
    },
    { currentYear: 2026, warnings },
  );
}

const CASES: { name: string; expected: string[] }[] = [
  {
    name: 'duplicate-record',
    expected: [
      'transfers.csv:5: warning: "t-four" may duplicate "t-two" (line 3): same supplier, recipient and spyware with overlapping years; merge them, or list "t-two" in distinct_from if they are separate deals',
    ],
  },
  { name: 'duplicate-reviewed', expected: [] },
  {
    name: 'distinct-from-unknown',
    expected: [
      'transfers.csv:5: distinct_from: "t-nine" matches no valid record in transfers.csv',
      'transfers.csv:5: warning: "t-four" may duplicate "t-two" (line 3): same supplier, recipient and spyware with overlapping years; merge them, or list "t-two" in distinct_from if they are separate deals',
    ],
  },
  {
    name: 'duplicate-url',
    expected: [
      'sources.csv:4: warning: url is the same as source "src-one" (line 2): cite one source id instead of two',
      'sources.csv:4: warning: source "src-three" is cited by no record or company: cite it or remove it',
    ],
  },
  {
    name: 'unused-source',
    expected: [
      'sources.csv:4: warning: source "src-idle" is cited by no record or company: cite it or remove it',
    ],
  },
  {
    name: 'unused-company',
    expected: [
      'companies.csv:5: warning: company "idle-co" supplies no record and is no parent: add its records or remove it',
    ],
  },
];

describe('contributor warnings', () => {
  it('has a case for every warnings fixture', () => {
    expect(readdirSync('tests/fixtures/warnings').sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it('finds none in the valid fixture', async () => {
    const { problems } = await loadDataset(
      async (file) => {
        const path = join('tests/fixtures/valid', file);
        return existsSync(path) ? readFileSync(path, 'utf8') : null;
      },
      { currentYear: 2026 },
    );
    expect(problems).toEqual([]);
  });

  it.each(CASES)('$name', async ({ name, expected }) => {
    const { problems, dataset } = await loadCase(name);
    expect(problems.map((p) => formatProblem(p))).toEqual(expected);
    // Warnings never drop records: the rows stay valid.
    if (!expected.some((e) => !e.includes('warning:'))) {
      expect(dataset.transfers.length).toBeGreaterThanOrEqual(3);
    }
  });

  // The page lists errors only, so its loader skips the warnings (and their code).
  it.each(CASES)(
    '$name, loaded for the page: the same errors and records, no warnings',
    async ({ name, expected }) => {
      const full = await loadCase(name);
      const page = await loadCase(name, false);
      expect(page.problems.map((p) => formatProblem(p))).toEqual(
        expected.filter((e) => !e.includes('warning:')),
      );
      expect(page.dataset).toEqual(full.dataset);
    },
  );
});
