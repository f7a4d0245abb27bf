import { beforeAll, describe, expect, it } from 'vitest';
import type { Company, RegimeRating, Restriction } from '../../src/lib/data/types';
import { indexDataset, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import { exportRows } from '../../src/lib/model/exportRows';
import { matchCountries } from '../../src/lib/model/matchCountries';
import { filterTransfers } from '../reference/filterTransfers';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters';
import { applyListings, isAfterListing } from '../../src/lib/model/listings';
import {
  afterListingCount,
  countByRegime,
  listedSuppliers,
  percentOf,
} from '../../src/lib/model/policyCharts';
import { indexRegimes, regimeFor } from '../../src/lib/model/regimes';
import { loadFolder } from '../helpers/loadFolder';

const listing = (dateAdded: string, dateRemoved = '', companyId = 'x'): Restriction => ({
  companyId,
  authority: 'US-BIS',
  measure: 'entity-list',
  dateAdded,
  dateRemoved,
  reason: '',
  sourceIds: ['s'],
});

describe('isAfterListing: a deal year wholly inside a listing', () => {
  it.each([
    { name: 'deal the year after listing', year: 2020, l: [listing('2019-10-09')], after: true },
    { name: 'deal years later', year: 2023, l: [listing('2019-10-09')], after: true },
    { name: 'same year as the listing', year: 2019, l: [listing('2019-10-09')], after: false },
    { name: 'deal before the listing', year: 2017, l: [listing('2019-10-09')], after: false },
    { name: 'listing given as a year only', year: 2020, l: [listing('2019')], after: true },
    {
      name: 'listing lifted before the deal',
      year: 2019,
      l: [listing('2016-03-08', '2018-07-13')],
      after: false,
    },
    {
      name: 'lifted in the deal year',
      year: 2018,
      l: [listing('2016-03-08', '2018-07-13')],
      after: false,
    },
    {
      name: 'in force, lifted later',
      year: 2017,
      l: [listing('2016-03-08', '2018-07-13')],
      after: true,
    },
    {
      name: 'any of several listings',
      year: 2022,
      l: [listing('2016-03-08', '2018-07-13'), listing('2021-06-03')],
      after: true,
    },
    { name: 'no listing', year: 2022, l: [], after: false },
  ])('$name', ({ year, l, after }) => {
    expect(isAfterListing(year, l)).toBe(after);
  });
});

describe('applyListings: parents cover their subsidiaries', () => {
  const co = (id: string, parentId: string | null = null): Company => ({
    id,
    name: id,
    aliases: [],
    hqIso3: 'CHN',
    parentId,
    ownership: 'state-owned',
    description: '',
    sourceIds: [],
  });
  const companies = [co('cetc'), co('hikvision', 'cetc'), co('unit', 'hikvision'), co('free')];
  const map = applyListings(companies, [
    listing('2020-06-01', '', 'cetc'),
    listing('2019-10-09', '', 'hikvision'),
  ]);

  it('gives a company its own and its ancestors’ listings, oldest first', () => {
    expect(map.get('unit')?.map((l) => [l.via, l.dateAdded])).toEqual([
      ['hikvision', '2019-10-09'],
      ['cetc', '2020-06-01'],
    ]);
    expect(map.get('cetc')?.map((l) => l.via)).toEqual(['cetc']);
  });

  it('leaves unlisted companies out', () => {
    expect(map.has('free')).toBe(false);
  });
});

describe('regimeFor: a deal year joins the rating that covers that year', () => {
  const r = (iso3: string, year: number, regime: RegimeRating['regime']): RegimeRating => ({
    iso3,
    year,
    regime,
    sourceIds: ['fh'],
  });
  const idx = indexRegimes([
    r('KEN', 2014, 'electoral-autocracy'),
    r('KEN', 2015, 'electoral-autocracy'),
    r('KEN', 2023, 'electoral-autocracy'),
    r('ETH', 2017, 'closed-autocracy'),
    r('ETH', 2018, 'electoral-autocracy'),
  ]);

  it.each([
    { name: 'exact year', iso3: 'ETH', year: 2018, regime: 'electoral-autocracy', exact: true },
    { name: 'other exact year', iso3: 'ETH', year: 2017, regime: 'closed-autocracy', exact: true },
    {
      name: 'newer than the latest rating',
      iso3: 'ETH',
      year: 2021,
      regime: 'electoral-autocracy',
      exact: false,
    },
    { name: 'gap inside the range: no rating', iso3: 'KEN', year: 2019, regime: null, exact: null },
    { name: 'older than every rating', iso3: 'ETH', year: 2010, regime: null, exact: null },
    { name: 'unrated country', iso3: 'MEX', year: 2018, regime: null, exact: null },
  ])('$name', ({ iso3, year, regime, exact }) => {
    const got = regimeFor(idx, iso3, year);
    expect(got?.rating.regime ?? null).toBe(regime);
    expect(got?.exact ?? null).toBe(exact);
  });
});

// The valid fixture: t-one subsidiary->CHN 2016, t-two vendor->MEX 2012-2017 (ended),
// t-three group->VEN 2018 (unknown). group listed 2017-06-01 (covers subsidiary); vendor listed
// 2011-11, lifted 2013-05-01. CHN in Asia, MEX and VEN in the Americas.
let index: DatasetIndex;
beforeAll(async () => {
  index = indexDataset(
    (await loadFolder('tests/fixtures/valid', { currentYear: 2026 })).dataset,
    2026,
  );
});
const ids = (f: Partial<Filters>) =>
  filterTransfers(index, { ...NO_FILTERS, ...f }).map((t) => t.id);

describe('filters of the policy layer', () => {
  it.each([
    { name: 'one region', f: { region: ['Americas' as const] }, expected: ['t-two', 't-three'] },
    { name: 'another region', f: { region: ['Asia' as const] }, expected: ['t-one'] },
    {
      name: 'several regions',
      f: { region: ['Asia' as const, 'Americas' as const] },
      expected: ['t-one', 't-two', 't-three'],
    },
    { name: 'region with no records', f: { region: ['Oceania' as const] }, expected: [] },
    {
      name: 'supplier listed',
      f: { listing: 'listed' as const },
      expected: ['t-one', 't-two', 't-three'],
    },
    { name: 'after listing', f: { listing: 'after' as const }, expected: ['t-two', 't-three'] },
    { name: 'started in the years', f: { from: 2015, to: 2017 }, expected: ['t-one'] },
    {
      name: 'active during the years',
      f: { from: 2015, to: 2017, years: 'active' as const },
      expected: ['t-one', 't-two'],
    },
    {
      name: 'in use with no end counts until now',
      f: { from: 2024, years: 'active' as const },
      expected: ['t-one'],
    },
  ])('$name', ({ f, expected }) => {
    expect(ids(f)).toEqual(expected);
  });
});

describe('policy charts', () => {
  it('counts records by the recipient regime in the deal year', () => {
    // t-one CHN 2016 closed-autocracy (exact), t-two MEX 2012 electoral-autocracy, t-three VEN 2018 -> 2017's rating.
    expect(countByRegime(index, index.dataset.transfers).map((r) => [r.regime, r.count])).toEqual([
      ['liberal-democracy', 0],
      ['electoral-democracy', 0],
      ['electoral-autocracy', 1],
      ['closed-autocracy', 2],
      ['unrated', 0],
    ]);
  });

  it('lists listed suppliers with their deals after listing and their customers', () => {
    const s = listedSuppliers(index, index.dataset.transfers);
    expect(s.map((x) => [x.companyId, x.records, x.after, x.customers])).toEqual([
      ['group', 1, 1, ['VEN']],
      ['vendor', 1, 1, ['MEX']],
      ['subsidiary', 1, 0, ['CHN']],
    ]);
    expect(s[2]?.listings.map((l) => l.via)).toEqual(['group']);
    expect(afterListingCount(s)).toBe(2);
    expect(afterListingCount([])).toBe(0);
  });

  it.each([
    { n: 0, total: 0, expected: '0%' },
    { n: 1, total: 3, expected: '33%' },
    { n: 2, total: 3, expected: '67%' },
    { n: 3, total: 3, expected: '100%' },
  ])('percentOf($n, $total) is $expected', ({ n, total, expected }) => {
    expect(percentOf(n, total)).toBe(expected);
  });
});

describe('the CSV download carries region, regime and listings', () => {
  it('resolves them per record', () => {
    const rows = exportRows(index, index.dataset.transfers);
    const three = rows.find((r) => r.id === 't-three');
    expect(three).toMatchObject({
      recipient_region: 'Americas',
      recipient_subregion: 'Latin America and the Caribbean',
      recipient_regime: 'closed-autocracy',
      recipient_regime_year: '2017',
      supplier_listings: 'US Commerce (BIS): Entity List, since 2017-06-01',
      after_listing: 'yes',
    });
    const one = rows.find((r) => r.id === 't-one');
    expect(one?.supplier_listings).toBe(
      'US Commerce (BIS): Entity List, since 2017-06-01 [parent: group]',
    );
    expect(one?.after_listing).toBe('no');
  });
});

describe('matchCountries: the recipient picker', () => {
  const codes = ['RWA', 'RUS', 'UGA', 'CIV', 'GBR', 'BHR'];
  const counts = new Map([['RWA', 2]]);
  it.each([
    { q: 'Rwa', expected: ['RWA'] },
    { q: 'rwa', expected: ['RWA'] },
    { q: 'UGA', expected: ['UGA'] },
    { q: 'cote', expected: ['CIV'] },
    { q: 'kingdom', expected: ['GBR'] },
    { q: 'bah', expected: ['BHR'] },
    { q: 'zzz', expected: [] },
  ])('"$q"', ({ q, expected }) => {
    expect(matchCountries(q, codes, counts).map((c) => c.iso3)).toEqual(expected);
  });
  it('gives each match its record count', () => {
    expect(matchCountries('Rwanda', codes, counts)[0]).toEqual({
      iso3: 'RWA',
      name: 'Rwanda',
      count: 2,
    });
  });
});

describe('the index lists each company’s direct subsidiaries', () => {
  it('by parent id', () => {
    expect(index.children.get('group')?.map((c) => c.id)).toEqual(['subsidiary']);
    expect(index.children.has('vendor')).toBe(false);
  });
});
