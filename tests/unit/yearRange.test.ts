// Defect 6: years out of the data's range are clamped, a reversed range is swapped, in the state.
import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import {
  DEFAULT_STATE,
  parseUrlState,
  sanitizeState,
  toUrlSearch,
} from '../../src/lib/state/urlState';
import { loadFolder } from '../helpers/loadFolder';

let index: DatasetIndex;
beforeAll(async () => {
  // The valid fixture's records start from 2012 to 2018.
  index = indexDataset((await loadFolder('tests/fixtures/valid', { currentYear: 2026 })).dataset);
});

describe('years in the state', () => {
  it.each([
    { url: '?from=2099', from: 2018, to: null },
    { url: '?to=1980', from: null, to: 2012 },
    { url: '?from=1970&to=2099', from: 2012, to: 2018 },
    { url: '?from=2099&to=1980', from: 2012, to: 2018 },
    { url: '?from=2016&to=2014', from: 2014, to: 2016 },
    { url: '?from=2014&to=2016', from: 2014, to: 2016 },
    { url: '?from=2016', from: 2016, to: null },
  ])('$url -> from $from, to $to', ({ url, from, to }) => {
    const s = sanitizeState(parseUrlState(url), index);
    expect([s.from, s.to]).toEqual([from, to]);
  });

  it.each([
    { patch: { from: 2017, to: 2013 }, search: '?from=2013&to=2017' },
    { patch: { from: 2030, to: null }, search: '?from=2018' },
    { patch: { from: 2015, to: 1990 }, search: '?from=2012&to=2015' },
  ])('a range typed as $patch is stored as $search', ({ patch, search }) => {
    expect(toUrlSearch(sanitizeState({ ...DEFAULT_STATE, ...patch }, index))).toBe(search);
  });
});
