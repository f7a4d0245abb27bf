import type { Transfer } from '../data/types';
import { aggregate, topSuppliers, type Aggregates, type SupplierCount } from '../model/aggregate';
import type { Flow, YearCount } from '../model/aggregateTypes';
import type { DatasetIndex } from '../model/datasetIndex';
import {
  DEFAULT_STATE,
  parseUrlState,
  sanitizeState,
  toUrlSearch,
  type ViewState,
} from './urlState';

/** Where the state is mirrored: the browser's location and history, or a stand-in in tests. */
export interface UrlHistory {
  /** The current path, query string (with "?") and hash. */
  location(): { pathname: string; search: string; hash: string };
  push(url: string): void;
  replace(url: string): void;
}

/** The browser's history; none outside a browser (the build-time prerender). */
export function browserHistory(): UrlHistory | null {
  if (typeof window === 'undefined') return null;
  return {
    location: () => window.location,
    push: (url) => window.history.pushState(null, '', url),
    replace: (url) => window.history.replaceState(null, '', url),
  };
}

/**
 * The dashboard's state: the permalink state (filters, view, selection) kept in sync with the URL,
 * and everything derived from it. Components read from here and call `update`; they compute nothing.
 */
export class Dashboard {
  readonly index: DatasetIndex;
  #state = $state<ViewState>(DEFAULT_STATE);

  readonly #history: UrlHistory | null;

  constructor(index: DatasetIndex, search = '', history: UrlHistory | null = browserHistory()) {
    this.index = index;
    this.#history = history;
    this.#state = sanitizeState(parseUrlState(search), index);
  }

  get state(): ViewState {
    return this.#state;
  }

  /** All aggregates in one pass over the columns; reruns only when a filter changes. */
  readonly #agg: Aggregates = $derived.by(() => aggregate(this.index, this.#state));

  /** Records matching every filter, the selected country included: what the count states. */
  get matching(): Transfer[] {
    return this.#agg.matching;
  }
  /** Records per recipient for the map: every filter but the selected country. */
  get recipients(): Map<string, number> {
    return this.#agg.recipients;
  }
  /** Records per year by family for the timeline: every filter but the years. */
  get years(): YearCount[] {
    return this.#agg.years;
  }
  /** Corridors for the flows view: every filter but the selected country. */
  get flows(): Flow[] {
    return this.#agg.flows;
  }
  /** Records per exporting country: every filter but the selected country. */
  get exporters(): { iso3: string; count: number }[] {
    return this.#agg.exporters;
  }
  /** Main suppliers of one recipient under the map's filters (computed when asked, for the tooltip). */
  topSuppliers(iso3: string): SupplierCount[] {
    return topSuppliers(this.index, this.#agg.mapped, iso3);
  }
  /** Whether any filter (not the view) is set. */
  readonly filtered: boolean = $derived.by(
    () => toUrlSearch({ ...this.#state, view: 'map', record: null, sort: null }) !== '',
  );

  /** Whether any filter other than the selected country is set. */
  readonly filteredBeyondCountry: boolean = $derived.by(
    () =>
      toUrlSearch({ ...this.#state, country: null, view: 'map', record: null, sort: null }) !== '',
  );

  /** Change part of the state; by default a new history entry, so Back undoes it. */
  update(patch: Partial<ViewState>, history: 'push' | 'replace' = 'push'): void {
    this.#state = sanitizeState({ ...this.#state, ...patch }, this.index);
    if (!this.#history) return;
    const { pathname, search, hash } = this.#history.location();
    const url = `${pathname}${toUrlSearch(this.#state)}${hash}`;
    if (url === `${pathname}${search}${hash}`) return;
    if (history === 'push') this.#history.push(url);
    else this.#history.replace(url);
  }

  /** Clear every filter and the selection; keep the view and the table's order. */
  clear(): void {
    this.update({ ...DEFAULT_STATE, view: this.#state.view, sort: this.#state.sort });
  }

  /** Re-read the URL (Back and Forward). */
  syncFromUrl(search: string): void {
    this.#state = sanitizeState(parseUrlState(search), this.index);
  }
}
