import { beforeAll, describe, expect, it } from 'vitest';
import { indexDataset, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import { countByRegime, listedSuppliers } from '../../src/lib/model/policyCharts';
import { Dashboard, type UrlHistory } from '../../src/lib/state/dashboard.svelte';
import { loadFolder } from '../helpers/loadFolder';

/** A history that records what the dashboard writes, starting at `search`. */
function fakeHistory(search = '') {
  const entries: { how: 'push' | 'replace'; url: string }[] = [];
  let current = { pathname: '/tracker/', search, hash: '' };
  const set = (how: 'push' | 'replace') => (url: string) => {
    entries.push({ how, url });
    const u = new URL(url, 'http://x');
    current = { pathname: u.pathname, search: u.search, hash: u.hash };
  };
  const history: UrlHistory = {
    location: () => current,
    push: set('push'),
    replace: set('replace'),
  };
  return { history, entries };
}

let index: DatasetIndex;
beforeAll(async () => {
  index = indexDataset(
    (await loadFolder('tests/fixtures/valid', { currentYear: 2026 })).dataset,
    2026,
  );
});

describe('Dashboard: state, URL and derived data', () => {
  it('starts from the permalink, dropping what the dataset lacks', () => {
    const { history } = fakeHistory();
    const dash = new Dashboard(index, '?country=MEX&tech=spyware,teleporter', history);
    expect(dash.state.country).toBe('MEX');
    expect(dash.state.tech).toEqual(['spyware']);
    expect(dash.matching.map((t) => t.id)).toEqual(['t-two']);
  });

  it('pushes a history entry per change, replaces on request, and skips no-ops', () => {
    const { history, entries } = fakeHistory();
    const dash = new Dashboard(index, '', history);
    dash.update({ tech: ['cctv'] });
    expect(dash.matching.map((t) => t.id)).toEqual(['t-one', 't-three']);
    dash.update({ q: 'police' }, 'replace');
    dash.update({ q: 'police' }, 'replace');
    expect(entries).toEqual([
      { how: 'push', url: '/tracker/?tech=cctv' },
      { how: 'replace', url: '/tracker/?tech=cctv&q=police' },
    ]);
    // The search is a filter like the others: the count follows it.
    expect(dash.matching.every((t) => /police/i.test(JSON.stringify(t)))).toBe(true);
    expect(dash.filtered).toBe(true);
  });

  it('clears the filters but keeps the view, and follows Back and Forward', () => {
    const { history } = fakeHistory();
    const dash = new Dashboard(index, '?view=table&evidence=forensic', history);
    expect(dash.filtered).toBe(true);
    dash.clear();
    expect(dash.state.view).toBe('table');
    expect(dash.filtered).toBe(false);
    dash.syncFromUrl('?country=VEN');
    expect(dash.state).toMatchObject({ country: 'VEN', view: 'map' });
    expect(dash.filteredBeyondCountry).toBe(false);
  });

  it('writes nothing without a history (the build-time prerender)', () => {
    const dash = new Dashboard(index, '', null);
    dash.update({ country: 'CHN' });
    expect(dash.state.country).toBe('CHN');
  });

  it('filters on the policy layer from the permalink', () => {
    const dash = new Dashboard(index, '?listing=after', fakeHistory().history);
    expect(dash.matching.map((t) => t.id)).toEqual(['t-two', 't-three']);
    expect(listedSuppliers(index, dash.matching).map((s) => s.companyId)).toEqual([
      'group',
      'vendor',
    ]);
    expect(
      countByRegime(index, dash.matching).find((r) => r.regime === 'closed-autocracy')?.count,
    ).toBe(1);
  });
});
