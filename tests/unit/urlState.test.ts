import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import {
  DEFAULT_STATE,
  parseUrlState,
  sanitizeState,
  toUrlSearch,
  type ViewState,
} from '../../src/lib/state/urlState';
import { loadFolder } from '../helpers/loadFolder';

let index: DatasetIndex;
beforeAll(async () => {
  index = indexDataset((await loadFolder('tests/fixtures/valid', { currentYear: 2026 })).dataset);
});

const state = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...s });

describe('state -> URL -> state is the identity', () => {
  it.each([
    { name: 'default', s: state({}), url: '' },
    { name: 'country', s: state({ country: 'VEN' }), url: '?country=VEN' },
    {
      name: 'everything',
      s: state({
        country: 'MEX',
        supplier: ['CHN', 'ISR'],
        company: 'vendor',
        tech: ['cctv', 'spyware'],
        evidence: ['forensic', 'reported'],
        from: 2015,
        to: 2020,
        view: 'table',
        record: 't-two',
        q: 'Attorney, "General"',
      }),
      url: '?country=MEX&supplier=CHN,ISR&company=vendor&tech=cctv,spyware&evidence=forensic,reported&from=2015&to=2020&view=table&record=t-two&q=Attorney,+%22General%22',
    },
    { name: 'flows view', s: state({ view: 'flows', from: 2011 }), url: '?from=2011&view=flows' },
    {
      name: 'policy layer',
      s: state({
        region: ['Africa', 'Asia'],
        listing: 'after',
        years: 'active',
        from: 2015,
        view: 'policy',
      }),
      url: '?from=2015&region=africa,asia&listing=after&years=active&view=policy',
    },
  ])('$name', ({ s, url }) => {
    expect(toUrlSearch(s)).toBe(url);
    expect(parseUrlState(toUrlSearch(s))).toEqual(s);
  });

  it('keeps lists canonical (sorted, no duplicates)', () => {
    expect(parseUrlState('?tech=spyware,cctv,spyware').tech).toEqual(['cctv', 'spyware']);
  });
});

describe('malformed or unknown values are ignored, never fatal', () => {
  it.each([
    { url: '?country=venezuela', expected: {} },
    { url: '?country=VEN%3Cscript%3E', expected: {} },
    { url: '?supplier=CHN,xx,ISR,', expected: { supplier: ['CHN', 'ISR'] } },
    { url: '?tech=<img src=x>,cctv', expected: { tech: ['cctv'] } },
    { url: '?evidence=rumour,forensic', expected: { evidence: ['forensic'] } },
    { url: '?from=20x5&to=2020', expected: { to: 2020 } },
    { url: '?from=2020&to=2010', expected: { from: 2010, to: 2020 } },
    { url: '?view=globe', expected: {} },
    { url: '?record=../../etc', expected: {} },
    { url: '?%E0%A4%A=1&&&=', expected: {} },
    { url: '?company=', expected: {} },
    { url: '?region=Africa,atlantis', expected: { region: ['Africa'] } },
    { url: '?listing=maybe', expected: {} },
    { url: '?years=ever', expected: {} },
  ])('$url', ({ url, expected }) => {
    expect(parseUrlState(url)).toEqual(state(expected as Partial<ViewState>));
  });

  it('drops ids the dataset does not have', () => {
    const parsed = parseUrlState(
      '?country=FRA&supplier=CHN,USA&company=nobody&tech=cctv,teleporter&record=t-nine',
    );
    expect(sanitizeState(parsed, index)).toEqual(
      state({ country: 'FRA', supplier: ['CHN'], tech: ['cctv'] }),
    );
    expect(sanitizeState(parseUrlState('?country=XXX'), index).country).toBeNull();
  });
});

describe('the table search and order are part of the permalink', () => {
  it('round-trips q and sort, and drops a malformed sort', () => {
    const s = { ...DEFAULT_STATE, q: 'Pegasus', sort: 'supplier-asc', view: 'table' as const };
    expect(toUrlSearch(s)).toBe('?view=table&q=Pegasus&sort=supplier-asc');
    expect(parseUrlState(toUrlSearch(s))).toEqual(s);
    expect(parseUrlState('?sort=price-up').sort).toBeNull();
  });
});
