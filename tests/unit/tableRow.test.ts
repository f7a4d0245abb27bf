import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import { columnSort } from '../../src/lib/model/columnSort';
import { parseSort } from '../../src/lib/model/sortTransfers';
import { tableRow } from '../../src/lib/model/tableRow';
import type { Transfer } from '../../src/lib/data/types';
import { loadFolder } from '../helpers/loadFolder';

let index: DatasetIndex;
beforeAll(async () => {
  index = indexDataset((await loadFolder('tests/fixtures/valid', { currentYear: 2026 })).dataset);
});

describe('tableRow', () => {
  it('writes every cell of every record in words', () => {
    for (const t of index.dataset.transfers) {
      const row = tableRow(index, t);
      expect(row.id).toBe(t.id);
      expect(row.supplier).toBe(index.companies.get(t.supplierId)?.name);
      expect(row.recipient).not.toMatch(/^[A-Z]{3}$/);
      expect(row.technologies.split(', ')).toHaveLength(t.technologies.length);
      expect(row.years).toMatch(/^\d{4}(–(\d{4})?)?$/);
      expect(row.sources.map((s) => s.n)).toEqual(t.sourceIds.map((_, i) => i + 1));
      for (const s of row.sources) expect(s.href).toMatch(/^https?:\/\//);
    }
  });

  it('leaves out sources whose address is not a safe http(s) link, keeping the numbering', () => {
    const t = index.dataset.transfers[0] as Transfer;
    const [first, ...rest] = t.sourceIds;
    const bad = { ...index.sources.get(first ?? '')!, id: 'bad', url: 'javascript:alert(1)' };
    const sources = new Map(index.sources).set('bad', bad);
    const row = tableRow({ ...index, sources }, { ...t, sourceIds: ['bad', ...rest, first ?? ''] });
    expect(row.sources.map((s) => s.n)).toEqual([...rest.map((_, i) => i + 2), rest.length + 2]);
  });

  it('names an unknown supplier by its id, and marks a deal after listing', () => {
    const t = index.dataset.transfers[0] as Transfer;
    expect(tableRow(index, { ...t, supplierId: 'ghost' }).supplier).toBe('ghost');
    // The fixture's "group" has been on the Entity List since 2017.
    const listed = index.dataset.transfers.find((r) => r.supplierId === 'group') as Transfer;
    expect(tableRow(index, { ...listed, yearStart: 2016 }).afterListing).toBe(false);
    const row = tableRow(index, { ...listed, yearStart: 2019, yearEnd: null });
    expect(row.afterListing).toBe(true);
    expect(row.years).toBe('2019–');
  });
});

describe('columnSort', () => {
  it.each([
    { sort: null, key: 'year' as const, expected: { aria: 'descending', arrow: ' ▼' } },
    { sort: null, key: 'supplier' as const, expected: { aria: undefined, arrow: '' } },
    {
      sort: 'supplier-asc',
      key: 'supplier' as const,
      expected: { aria: 'ascending', arrow: ' ▲' },
    },
    { sort: 'supplier-asc', key: null, expected: { aria: undefined, arrow: '' } },
  ])('$sort, column $key', ({ sort, key, expected }) => {
    expect(columnSort(parseSort(sort), key)).toEqual(expected);
  });
});
