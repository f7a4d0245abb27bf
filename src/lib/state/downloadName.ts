import { toUrlSearch, type ViewState } from './urlState';

/**
 * What a download holds, for its `selection` column: the dataset version and the permalink query
 * of the filters (e.g. `dataset v0.5.0; filters ?tech=spyware&from=2015`), so a saved file says
 * which view it came from and can be reopened.
 */
export function selectionText(state: ViewState, version: string): string {
  const query = toUrlSearch({ ...state, view: 'map', record: null, sort: null });
  return `dataset v${version}; ${query ? `filters ${query}` : 'all records'}`;
}

/** The download's file name: dataset version, and whether filters narrow it. */
export function downloadName(filtered: boolean, version: string): string {
  return `surveillance-transfers-v${version}${filtered ? '-filtered' : ''}.csv`;
}
