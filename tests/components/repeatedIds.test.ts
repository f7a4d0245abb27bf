// Defect 1: a record listing the same source or technology twice (which the validator now rejects)
// must still not stop a view from rendering: the index drops the repeats before views key by id.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RecordCard from '../../src/lib/components/records/RecordCard.svelte';
import RecordTable from '../../src/lib/components/table/RecordTable.svelte';
import type { Dataset, Transfer } from '../../src/lib/data/types';
import { indexDataset } from '../../src/lib/model/datasetIndex';

const record: Transfer = {
  id: 'twice',
  supplierId: 'vendor',
  recipientIso3: 'MEX',
  recipientEntity: '',
  technologies: ['spyware', 'spyware'],
  product: '',
  yearStart: 2015,
  yearEnd: null,
  status: 'in-use',
  evidence: 'reported',
  valueUsd: null,
  summary: 'Listed twice.',
  sourceIds: ['src', 'src', 'src'],
  distinctFrom: ['other', 'other'],
};
const dataset: Dataset = {
  restrictions: [],
  countries: [],
  regimes: [],
  transfers: [record],
  companies: [
    {
      id: 'vendor',
      name: 'Vendor',
      aliases: ['V', 'V'],
      hqIso3: 'ISR',
      parentId: null,
      ownership: 'private',
      description: '',
      sourceIds: ['src', 'src'],
    },
  ],
  technologies: [{ id: 'spyware', label: 'Spyware', description: 'x', family: 'intrusion' }],
  sources: [
    {
      id: 'src',
      title: 'Report',
      publisher: 'Lab',
      authors: '',
      date: '2016',
      url: 'https://example.org/r',
      archiveUrl: '',
      type: 'report',
    },
  ],
};

describe('repeated ids in lists', () => {
  const index = indexDataset(dataset);

  it.each([
    {
      list: 'technologies',
      value: index.transfers.get('twice')?.technologies,
      expected: ['spyware'],
    },
    { list: 'source_ids', value: index.transfers.get('twice')?.sourceIds, expected: ['src'] },
    {
      list: 'distinct_from',
      value: index.transfers.get('twice')?.distinctFrom,
      expected: ['other'],
    },
    { list: 'aliases', value: index.companies.get('vendor')?.aliases, expected: ['V'] },
    {
      list: 'company source_ids',
      value: index.companies.get('vendor')?.sourceIds,
      expected: ['src'],
    },
  ])('the index lists each of $list once', ({ value, expected }) => {
    expect(value).toEqual(expected);
  });

  it('the record card renders, with the source once', () => {
    const shown = index.transfers.get('twice') as Transfer;
    const { container } = render(RecordCard, { record: shown, index });
    expect(container.querySelector('[data-record-id="twice"]')).not.toBeNull();
    expect(container.querySelectorAll('a[data-source-link]')).toHaveLength(1);
    expect(container.textContent).toContain('1 source');
  });

  it('the table renders the row', () => {
    const { container } = render(RecordTable, {
      records: index.dataset.transfers,
      index,
      query: '',
      sort: null,
      selected: null,
      onQuery: () => {},
      onSort: () => {},
      onRecord: () => {},
    });
    expect(container.querySelectorAll('tr[data-record-id="twice"]')).toHaveLength(1);
  });
});
