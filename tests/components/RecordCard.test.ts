import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RecordCard from '../../src/lib/components/records/RecordCard.svelte';
import type { Dataset, Transfer } from '../../src/lib/data/types';
import { indexDataset } from '../../src/lib/model/datasetIndex';

const hostile = '<img src=x onerror="window.__pwned=1">Summary & <b>bold</b>';
const record: Transfer = {
  id: 'card-one',
  supplierId: 'vendor',
  recipientIso3: 'MEX',
  recipientEntity: '<script>alert(1)</script>',
  technologies: ['spyware'],
  product: 'Pegasus',
  yearStart: 2012,
  yearEnd: 2017,
  status: 'ended',
  evidence: 'forensic',
  valueUsd: 32000000,
  summary: hostile,
  sourceIds: ['good', 'js', 'data'],
  distinctFrom: [],
};
const dataset: Dataset = {
  restrictions: [],
  countries: [],
  regimes: [],
  transfers: [record],
  companies: [
    {
      id: 'vendor',
      name: 'Vendor "Ltd" <i>',
      aliases: [],
      hqIso3: 'ISR',
      parentId: null,
      ownership: 'private',
      description: '',
      sourceIds: [],
    },
  ],
  technologies: [{ id: 'spyware', label: 'Spyware', description: 'x', family: 'intrusion' }],
  // The validator never lets non-http URLs in; the card must be safe even if one got through.
  sources: [
    {
      id: 'good',
      title: 'Lab report',
      publisher: 'Lab',
      authors: '',
      date: '2017-06',
      url: 'https://example.org/r',
      archiveUrl: 'https://web.archive.org/x',
      type: 'report',
    },
    {
      id: 'js',
      title: 'Evil link',
      publisher: 'Evil',
      authors: '',
      date: '2017',
      url: 'javascript:alert(1)',
      archiveUrl: '',
      type: 'news',
    },
    {
      id: 'data',
      title: 'Data link',
      publisher: 'Data',
      authors: '',
      date: '2017',
      url: 'data:text/html,<script>1</script>',
      archiveUrl: 'javascript:void(0)',
      type: 'news',
    },
  ],
};

describe('RecordCard', () => {
  it('shows the record: supplier, recipient, technology, years, status, value, evidence', () => {
    const { container } = render(RecordCard, { record, index: indexDataset(dataset) });
    const card = container.querySelector('[data-record-id="card-one"]');
    expect(card).not.toBeNull();
    expect(card?.textContent).toContain('Mexico');
    expect(card?.textContent).toContain('Spyware');
    expect(card?.textContent).toContain('2012–2017');
    expect(card?.textContent).toContain('ended');
    expect(card?.textContent).toContain('US$32,000,000');
    expect(screen.getByText('forensic')).toBeTruthy();
  });

  it('renders data fields as text, never as HTML', () => {
    const { container } = render(RecordCard, { record, index: indexDataset(dataset) });
    expect(screen.getByText(hostile)).toBeTruthy();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(container.textContent).toContain('Vendor "Ltd" <i>');
    expect(container.querySelector('img, b, script, i')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('links sources only to http(s) addresses, opening safely', () => {
    const { container } = render(RecordCard, { record, index: indexDataset(dataset) });
    // Source links only: the card's own links (its permalink and its static page) are internal.
    const links = [...container.querySelectorAll('a')].filter(
      (a) => !a.href.includes('?record=') && !a.getAttribute('href')?.startsWith('record/'),
    );
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/r',
      'https://web.archive.org/x',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // The unsafe sources are still listed, as plain text.
    expect(screen.getByText('Evil link').tagName).toBe('BDI');
    expect(screen.getByText('Data link').tagName).toBe('BDI');
  });
});
