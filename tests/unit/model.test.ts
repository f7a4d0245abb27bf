import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../src/lib/data/types';
import { binFor, countBins } from '../../src/lib/model/countBins';
import { countByRecipient } from '../reference/countByRecipient';
import { unmappedRecipients } from '../../src/lib/model/unmappedRecipients';

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
