import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/data/formatProblem';
import { loadDataset } from '../../src/lib/data/loadDataset';

const FIXTURES = 'tests/fixtures';

/** The valid fixture with the files of `overlay` in their place; `drop` files read as missing. */
function loadWith(overlay?: string, drop: string[] = []) {
  const replaced = overlay ? new Set(readdirSync(overlay)) : new Set<string>();
  return loadDataset(
    async (file) => {
      if (drop.includes(file)) return null;
      const dir = replaced.has(file) && overlay ? overlay : join(FIXTURES, 'valid');
      try {
        return readFileSync(join(dir, file), 'utf8');
      } catch {
        return null;
      }
    },
    { currentYear: 2026 },
  );
}

describe('the policy files of the valid fixture', () => {
  it('load as typed listings, countries and regimes', async () => {
    const { dataset, problems } = await loadWith();
    expect(problems).toEqual([]);
    expect(dataset.restrictions[0]).toEqual({
      companyId: 'group',
      authority: 'US-BIS',
      measure: 'entity-list',
      dateAdded: '2017-06-01',
      dateRemoved: '',
      reason: 'Listed for supplying surveillance systems.',
      sourceIds: ['src-one'],
    });
    expect(dataset.countries.find((c) => c.iso3 === 'MEX')).toEqual({
      iso3: 'MEX',
      name: 'Mexico',
      region: 'Americas',
      subregion: 'Latin America and the Caribbean',
    });
    expect(dataset.regimes).toContainEqual({
      iso3: 'CHN',
      year: 2016,
      regime: 'closed-autocracy',
      sourceIds: ['src-one'],
    });
  });

  it('are optional: a dataset without them is valid', async () => {
    const { dataset, problems } = await loadWith(undefined, [
      'restrictions.csv',
      'countries.csv',
      'regimes.csv',
    ]);
    expect(problems).toEqual([]);
    expect(dataset.transfers).toHaveLength(3);
    expect(dataset.restrictions).toEqual([]);
  });
});

// Each folder under tests/fixtures/broken-policy replaces one policy file of the valid set.
const RULES: { fixture: string; problem: RegExp }[] = [
  {
    fixture: 'restriction-unknown-company',
    problem: /^restrictions\.csv:2: company_id "nobody" matches no valid company/,
  },
  { fixture: 'restriction-bad-authority', problem: /^restrictions\.csv:2: authority "US-XYZ"/ },
  { fixture: 'restriction-bad-measure', problem: /^restrictions\.csv:2: measure "blacklist"/ },
  {
    fixture: 'restriction-bad-date',
    problem: /^restrictions\.csv:2: date_added "2019-02-30" is not a real date/,
  },
  {
    fixture: 'restriction-removed-before-added',
    problem: /^restrictions\.csv:2: date_removed 2018-01-01 is before date_added 2019-10-09/,
  },
  {
    fixture: 'restriction-unknown-source',
    problem: /^restrictions\.csv:2: source_ids: "src-nowhere" matches no valid source/,
  },
  { fixture: 'restriction-no-source', problem: /^restrictions\.csv:2: source_ids is empty/ },
  {
    fixture: 'restriction-duplicate',
    problem: /^restrictions\.csv:3: the same listing is already on line 2/,
  },
  { fixture: 'countries-bad-region', problem: /^countries\.csv:3: region "Middle East"/ },
  {
    fixture: 'countries-missing-code',
    problem: /^countries\.csv:1: countries\.csv lacks MEX, used in transfers\.csv/,
  },
  {
    fixture: 'countries-duplicate',
    problem: /^countries\.csv:6: iso3 "MEX" is already listed on line 4/,
  },
  { fixture: 'countries-bad-iso3', problem: /^countries\.csv:6: iso3 "XXA" is not an ISO 3166-1/ },
  { fixture: 'regimes-bad-class', problem: /^regimes\.csv:2: regime "authoritarian"/ },
  {
    fixture: 'regimes-duplicate',
    problem: /^regimes\.csv:3: CHN 2016 already has a rating on line 2/,
  },
  { fixture: 'regimes-bad-year', problem: /^regimes\.csv:2: year 1950 is out of range/ },
  {
    fixture: 'regimes-unknown-source',
    problem: /^regimes\.csv:2: source_ids: "src-nowhere" matches no valid source/,
  },
];

describe('policy file rules', () => {
  it('has a case for every broken-policy fixture', () => {
    expect(readdirSync(join(FIXTURES, 'broken-policy')).sort()).toEqual(
      RULES.map((r) => r.fixture).sort(),
    );
  });

  it.each(RULES)('$fixture', async ({ fixture, problem }) => {
    const { problems } = await loadWith(join(FIXTURES, 'broken-policy', fixture));
    const errors = problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    expect(
      errors.some((e) => problem.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });
});
