// The hostile-input and corrupt-data review (issue 14): one table-driven case per fixture under
// tests/fixtures/review/, each overlaying one file of the valid fixture. The number in a case's
// name is the defect it covers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data/formatProblem';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { POLICY_FILES } from '../../src/lib/data/schema';

const REVIEW = 'tests/fixtures/review';

/**
 * The valid fixture with one review case's files in place, read as bytes like the CLI does. The
 * optional policy files are left out unless a case brings them, so each case's expected problems
 * are those of the core files it overlays (their cascades are tested in validatePolicy.test.ts).
 */
function loadCase(name: string) {
  const replaced = new Set(readdirSync(join(REVIEW, name)));
  return loadDataset(
    async (file) => {
      if ((POLICY_FILES as readonly string[]).includes(file) && !replaced.has(file)) return null;
      const path = join(replaced.has(file) ? join(REVIEW, name) : 'tests/fixtures/valid', file);
      return existsSync(path) ? readFileSync(path) : null;
    },
    { currentYear: 2026, today: '2026-06-15' },
  );
}

const unknownSrcTwo = [
  'transfers.csv:3: source_ids: "src-two" matches no valid source in sources.csv',
  'transfers.csv:4: source_ids: "src-two" matches no valid source in sources.csv',
];
const lostGroup = [
  'transfers.csv:2: supplier_id "subsidiary" matches no valid company in companies.csv',
  'transfers.csv:4: supplier_id "group" matches no valid company in companies.csv',
];
const noCompanies = [
  'transfers.csv:2: supplier_id "subsidiary" matches no valid company in companies.csv',
  'transfers.csv:3: supplier_id "vendor" matches no valid company in companies.csv',
  'transfers.csv:4: supplier_id "group" matches no valid company in companies.csv',
];
const url = (value: string, why: string) => [
  ...unknownSrcTwo,
  `sources.csv:3: url "${value}" ${why}`,
];
const local = (value: string, host: string) =>
  url(
    value,
    `points to a local or private address (${host}): cite the publication's public address`,
  );

const CASES: { name: string; expected: string[]; transfers: number }[] = [
  // 1: a repeated id in any ;-list is an error (it used to pass and blank the record views)
  {
    name: '1-source-ids-repeated',
    expected: ['transfers.csv:3: source_ids lists "src-one" twice: list each id once'],
    transfers: 2,
  },
  {
    name: '1-source-ids-repeated-spaced',
    expected: ['transfers.csv:3: source_ids lists "src-one" twice: list each id once'],
    transfers: 2,
  },
  {
    name: '1-technologies-repeated',
    expected: ['transfers.csv:2: technologies lists "cctv" twice: list each id once'],
    transfers: 2,
  },
  {
    name: '1-distinct-from-repeated',
    expected: ['transfers.csv:2: distinct_from lists "t-three" twice: list each id once'],
    transfers: 2,
  },
  {
    name: '1-company-source-ids-repeated',
    expected: [
      ...lostGroup,
      'companies.csv:2: source_ids lists "src-one" twice: list each id once',
      'companies.csv:3: parent_id "group" matches no valid company in companies.csv',
    ],
    transfers: 1,
  },
  {
    name: '1-aliases-repeated',
    expected: [
      ...lostGroup,
      'companies.csv:2: aliases lists "FG" twice: list each name once',
      'companies.csv:3: parent_id "group" matches no valid company in companies.csv',
    ],
    transfers: 1,
  },
  // 3: the file-level cause comes first, before the errors it causes downstream
  {
    name: '3-html-for-csv',
    expected: [
      'companies.csv:1: the file is not CSV: it starts with "<", like an HTML page; the server probably answered with a web page because the file is missing',
      ...noCompanies,
    ],
    transfers: 0,
  },
  {
    name: '3-empty-companies',
    expected: [
      'companies.csv:1: the file is empty: it needs at least a header row',
      ...noCompanies,
    ],
    transfers: 0,
  },
  // 5: mixed line ends lose no row
  { name: '5-mixed-line-ends', expected: [], transfers: 3 },
  { name: '5-mixed-line-ends-cr', expected: [], transfers: 3 },
  // 7: what the validator used to let through
  {
    name: '7-url-localhost',
    expected: local('http://localhost:8080/report', 'localhost'),
    transfers: 1,
  },
  {
    name: '7-url-private',
    expected: local('http://192.168.1.10/report', '192.168.1.10'),
    transfers: 1,
  },
  {
    name: '7-url-link-local',
    expected: local('http://169.254.169.254/latest/meta-data', '169.254.169.254'),
    transfers: 1,
  },
  {
    name: '7-url-loopback-decimal',
    expected: local('http://2130706433/report', '127.0.0.1'),
    transfers: 1,
  },
  { name: '7-url-ipv6-loopback', expected: local('http://[::1]/report', '[::1]'), transfers: 1 },
  {
    name: '7-url-credentials',
    expected: url(
      'https://user:secret@example.org/report',
      'carries a user name or password (user:pass@): cite the public address without them',
    ),
    transfers: 1,
  },
  {
    name: '7-url-single-label',
    expected: url(
      'https://intranet/report',
      'has a host without a domain (intranet): give the full public address, e.g. https://example.org/...',
    ),
    transfers: 1,
  },
  {
    name: '7-not-utf8',
    expected: [
      'transfers.csv:3: the file is not valid UTF-8 (on line 3): save it as UTF-8 (in a spreadsheet, "CSV UTF-8")',
      'transfers.csv:3: summary contains U+FFFD (\uFFFD), left where the file was not valid UTF-8: save the file as UTF-8 and retype the text',
    ],
    transfers: 2,
  },
  {
    name: '7-control-character',
    expected: ['transfers.csv:3: summary contains the control character U+001B: remove it'],
    transfers: 2,
  },
  {
    name: '7-only-invisible',
    expected: [
      'transfers.csv:3: product holds only invisible characters: write the text or leave the cell empty',
    ],
    transfers: 2,
  },
  {
    name: '7-id-stray-space',
    expected: [
      'transfers.csv:3: supplier_id "vendor " has a stray space, tab or BOM around it: write "vendor"',
    ],
    transfers: 2,
  },
  {
    name: '7-id-bom',
    expected: [
      'transfers.csv:3: id "\\u{FEFF}t-two" has a stray space, tab or BOM around it: write "t-two"',
    ],
    transfers: 2,
  },
  {
    name: '7-reference-tab',
    expected: [
      'transfers.csv:3: source_ids: "\\tsrc-two" holds a space, tab, BOM or invisible character: write the id alone',
    ],
    transfers: 2,
  },
  {
    name: '7-technologies-empty-item',
    expected: [
      'transfers.csv:3: technologies has an empty item (";;" or a ";" at either end): remove the extra ";"',
    ],
    transfers: 2,
  },
  {
    name: '7-distinct-from-itself',
    expected: ['transfers.csv:3: distinct_from names the record itself: list only other records'],
    transfers: 2,
  },
  {
    name: '7-value-beyond-safe-integer',
    expected: [
      'transfers.csv:3: value_usd 9007199254740993 is beyond 9007199254740991, the largest whole number stored exactly: check the figure',
    ],
    transfers: 2,
  },
  {
    name: '7-source-date-future',
    expected: [
      ...unknownSrcTwo,
      'sources.csv:3: date "2026-07-01" is in the future (today is 2026-06-15): give the publication date',
    ],
    transfers: 1,
  },
];

describe('defects found by the hostile-input review', () => {
  it('has a case for every review fixture', () => {
    expect(readdirSync(REVIEW).sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  it.each(CASES)('$name', async ({ name, expected, transfers }) => {
    const { problems, dataset } = await loadCase(name);
    expect(problems.map((p) => formatProblem(p))).toEqual(expected);
    expect(dataset.transfers).toHaveLength(transfers);
  });

  it('marks file-level problems so they can be listed first', async () => {
    const { problems } = await loadCase('3-empty-companies');
    expect(problems.map((p) => Boolean(p.fileLevel))).toEqual([true, false, false, false]);
  });

  it('accepts a source dated today and this month', async () => {
    const { problems } = await loadDataset(
      async (file) => {
        const path = join('tests/fixtures/valid', file);
        if (!existsSync(path)) return null;
        const text = readFileSync(path, 'utf8');
        return file === 'sources.csv'
          ? text.replace(',2020,', ',2026-06-15,').replace(',2019-05-01,', ',2026-06,')
          : text;
      },
      { currentYear: 2026, today: '2026-06-15' },
    );
    expect(problems).toEqual([]);
  });
});
