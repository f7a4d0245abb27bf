import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { countBySupplierCountry } from '../reference/countBySupplierCountry';
import { countByYear } from '../reference/countByYear';
import { indexDataset, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import { EXPORT_COLUMNS, exportRows } from '../../src/lib/model/exportRows';
import { filterTransfers } from '../reference/filterTransfers';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters';
import { flows } from '../reference/flows';
import { groupBySupplier } from '../../src/lib/model/groupBySupplier';
import { toCsv } from '../../src/lib/data/toCsv';
import { loadFolder } from '../helpers/loadFolder';

// The valid fixture: t-one subsidiary(CHN)->CHN 2016 cctv;facial-recognition documented,
// t-two vendor(ISR)->MEX 2012-2017 spyware forensic, t-three group(CHN)->VEN 2018 cctv reported.
let index: DatasetIndex;
beforeAll(async () => {
  index = indexDataset((await loadFolder('tests/fixtures/valid', { currentYear: 2026 })).dataset);
});

const ids = (f: Partial<Filters>, ignore: (keyof Filters)[] = []) =>
  filterTransfers(index, { ...NO_FILTERS, ...f }, ignore).map((t) => t.id);

describe('filterTransfers', () => {
  it.each([
    { name: 'no filters', f: {}, expected: ['t-one', 't-two', 't-three'] },
    { name: 'recipient country', f: { country: 'MEX' }, expected: ['t-two'] },
    { name: 'exporting country', f: { supplier: ['CHN'] }, expected: ['t-one', 't-three'] },
    {
      name: 'several exporting countries',
      f: { supplier: ['CHN', 'ISR'] },
      expected: ['t-one', 't-two', 't-three'],
    },
    {
      name: 'company includes subsidiaries',
      f: { company: 'group' },
      expected: ['t-one', 't-three'],
    },
    { name: 'subsidiary alone', f: { company: 'subsidiary' }, expected: ['t-one'] },
    {
      name: 'technology (any of)',
      f: { tech: ['facial-recognition', 'spyware'] },
      expected: ['t-one', 't-two'],
    },
    {
      name: 'evidence',
      f: { evidence: ['forensic' as const, 'reported' as const] },
      expected: ['t-two', 't-three'],
    },
    { name: 'years on year_start', f: { from: 2013, to: 2016 }, expected: ['t-one'] },
    { name: 'open-ended from', f: { from: 2016 }, expected: ['t-one', 't-three'] },
    { name: 'combined', f: { supplier: ['CHN'], tech: ['cctv'], to: 2017 }, expected: ['t-one'] },
    { name: 'nothing matches', f: { country: 'FRA' }, expected: [] },
  ])('$name', ({ f, expected }) => {
    expect(ids(f)).toEqual(expected);
  });

  it('can ignore a filter (the map ignores the selected country)', () => {
    expect(ids({ country: 'MEX', supplier: ['CHN'] }, ['country'])).toEqual(['t-one', 't-three']);
  });
});

describe('aggregations', () => {
  it('counts by exporting country', () => {
    expect(countBySupplierCountry(index, index.dataset.transfers)).toEqual([
      { iso3: 'CHN', count: 2 },
      { iso3: 'ISR', count: 1 },
    ]);
  });

  it('counts by year, every year present, stacked by family of the first technology', () => {
    const rows = countByYear(index, index.dataset.transfers, [2012, 2018]);
    expect(rows.map((r) => r.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(rows.map((r) => r.total)).toEqual([1, 0, 0, 0, 1, 0, 1]);
    // The fixture's taxonomy has no family column.
    expect(rows[0]?.byFamily).toEqual({ other: 1 });
  });

  it('builds corridors from exporting to recipient country, heaviest first', () => {
    expect(flows(index, index.dataset.transfers)).toEqual([
      { from: 'CHN', to: 'CHN', count: 1 },
      { from: 'CHN', to: 'VEN', count: 1 },
      { from: 'ISR', to: 'MEX', count: 1 },
    ]);
  });

  it('groups records by supplier', () => {
    const g = groupBySupplier(index, index.dataset.transfers);
    expect(g.map((x) => [x.company.id, x.records.map((r) => r.id)])).toEqual([
      ['group', ['t-three']],
      ['subsidiary', ['t-one']],
      ['vendor', ['t-two']],
    ]);
  });
});

describe('CSV export', () => {
  it('has one row per filtered record, with supplier, countries and source URLs resolved', () => {
    const records = filterTransfers(index, { ...NO_FILTERS, supplier: ['CHN'] });
    const rows = exportRows(index, records);
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(rows[0]).toMatchObject({
      supplier: 'Fixture Subsidiary',
      supplier_country_iso3: 'CHN',
      supplier_country: 'China',
      recipient_country: 'China',
      technologies: 'cctv;facial-recognition',
      source_urls: 'https://example.org/report',
    });
    const csv = toCsv(rows, EXPORT_COLUMNS);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(records.length);
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.data[1]?.source_urls).toBe('http://example.com/news');
  });

  it('defuses spreadsheet formulas in text cells', () => {
    const csv = toCsv([{ a: '=HYPERLINK("http://evil")', b: 'plain' }], ['a', 'b']);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
