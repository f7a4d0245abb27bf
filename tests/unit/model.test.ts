import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../src/lib/data/types';
import { binFor, countBins } from '../../src/lib/model/countBins';
import { countByRecipient } from '../reference/countByRecipient';
import { unmappedRecipients } from '../../src/lib/model/unmappedRecipients';
import { countryRows } from '../../src/lib/model/countryRows';
import { spreadsheetSafe } from '../../src/lib/data/toCsv';
import { downloadName, selectionText } from '../../src/lib/state/downloadName';
import { DEFAULT_STATE } from '../../src/lib/state/urlState';
import { nextSort, parseSort } from '../../src/lib/model/sortTransfers';

const t = (id: string, recipientIso3: string): Transfer => ({
  id,
  supplierId: 's',
  recipientIso3,
  recipientEntity: '',
  technologies: ['cctv'],
  product: '',
  yearStart: 2015,
  yearEnd: null,
  status: 'unknown',
  evidence: 'reported',
  valueUsd: null,
  summary: '',
  sourceIds: ['x'],
  distinctFrom: [],
});

describe('countByRecipient', () => {
  it('counts records per recipient and leaves countries without records out', () => {
    const counts = countByRecipient([t('a', 'ECU'), t('b', 'VEN'), t('c', 'ECU')]);
    expect([...counts]).toEqual([
      ['ECU', 2],
      ['VEN', 1],
    ]);
    expect(counts.has('FRA')).toBe(false);
  });
});

describe('countBins', () => {
  const bins = countBins();
  it.each([
    { count: 0, label: null },
    { count: 1, label: '1' },
    { count: 2, label: '2–3' },
    { count: 3, label: '2–3' },
    { count: 6, label: '4–6' },
    { count: 10, label: '7–10' },
    { count: 500, label: '11+' },
  ])('$count -> $label', ({ count, label }) => {
    expect(binFor(bins, count)?.label ?? null).toBe(label);
  });
  it('gives every bin a distinct colour', () => {
    expect(new Set(bins.map((b) => b.colour)).size).toBe(bins.length);
  });
});

describe('unmappedRecipients', () => {
  it('lists recipients with no shape, most records first', () => {
    const counts = new Map([
      ['BHR', 4],
      ['MUS', 1],
      ['CHN', 9],
      ['HKG', 2],
    ]);
    expect(unmappedRecipients(counts, new Set(['CHN']))).toEqual([
      { iso3: 'BHR', n: 4 },
      { iso3: 'HKG', n: 2 },
      { iso3: 'MUS', n: 1 },
    ]);
  });
});

describe('table order', () => {
  it.each([
    { sort: null, key: 'supplier', next: 'supplier-asc' },
    { sort: 'supplier-asc', key: 'supplier', next: 'supplier-desc' },
    { sort: 'supplier-desc', key: 'year', next: null },
    { sort: null, key: 'year', next: 'year-asc' },
    { sort: 'year-asc', key: 'year', next: null },
  ] as const)('$sort + $key -> $next', ({ sort, key, next }) => {
    expect(nextSort(sort, key)).toBe(next);
  });
  it('reads a malformed order as newest first', () => {
    expect(parseSort('price-up')).toEqual({ key: 'year', descending: true });
    expect(parseSort('status-asc')).toEqual({ key: 'status', descending: false });
  });
});

describe('downloads say what they hold', () => {
  it.each([
    { s: {}, text: 'dataset v1.2.0; all records' },
    {
      s: { tech: ['spyware'], from: 2015 },
      text: 'dataset v1.2.0; filters ?tech=spyware&from=2015',
    },
    {
      s: { country: 'ETH', listing: 'after' as const, q: 'Pegasus', view: 'table' as const },
      text: 'dataset v1.2.0; filters ?country=ETH&listing=after&q=Pegasus',
    },
  ])('$text', ({ s, text }) => {
    expect(selectionText({ ...DEFAULT_STATE, ...s }, '1.2.0')).toBe(text);
  });
  it('names the file with the version, and whether it is filtered', () => {
    expect(downloadName(false, '1.2.0')).toBe('surveillance-transfers-v1.2.0.csv');
    expect(downloadName(true, '1.2.0')).toBe('surveillance-transfers-v1.2.0-filtered.csv');
  });
});

describe('spreadsheet-safe copies of the data files', () => {
  it('defuses formula cells and keeps every row and cell', () => {
    const raw = 'id,summary\r\na,"=HYPERLINK(""x"")"\nb,"plain, text"\nc,@SUM(1)\n';
    expect(spreadsheetSafe(raw)).toBe(
      'id,summary\na,"\'=HYPERLINK(""x"")"\nb,"plain, text"\nc,"\'@SUM(1)"\n',
    );
  });
});

describe('recipients table rows', () => {
  it('sorts by records, then by name', () => {
    const rows = countryRows(
      new Map([
        ['VEN', 2],
        ['ECU', 5],
        ['BOL', 2],
      ]),
    );
    expect(rows.map((r) => [r.iso3, r.n])).toEqual([
      ['ECU', 5],
      ['BOL', 2],
      ['VEN', 2],
    ]);
  });
});
