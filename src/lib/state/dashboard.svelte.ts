import type { Transfer } from '../data/types';
import { countBySupplierCountry } from '../model/countBySupplierCountry';
import { countByYear, type YearCount } from '../model/countByYear';
import type { DatasetIndex } from '../model/datasetIndex';
import { filterTransfers } from '../model/filters';
import { flows, type Flow } from '../model/flows';
import { recipientSummary, type RecipientSummary } from '../model/recipientSummary';
import {
  DEFAULT_STATE,
  parseUrlState,
  sanitizeState,
  toUrlSearch,
  type ViewState,
} from './urlState';

/**
 * The dashboard's state: the permalink state (filters, view, selection) kept in sync with the URL,
 * and everything derived from it. Components read from here and call `update`; they compute nothing.
 */
export class Dashboard {
  readonly index: DatasetIndex;
  #state = $state<ViewState>(DEFAULT_STATE);

  constructor(index: DatasetIndex, search = '') {
    this.index = index;
    this.#state = sanitizeState(parseUrlState(search), index);
  }

  get state(): ViewState {
    return this.#state;
  }

  /** Records matching every filter, the selected country included: what the count states. */
  readonly matching: Transfer[] = $derived.by(() => filterTransfers(this.index, this.#state));
  /** Records for the map and flows: every filter but the selected country. */
  readonly mapped: Transfer[] = $derived.by(() =>
    filterTransfers(this.index, this.#state, ['country']),
  );
  /** Records for the timeline: every filter but the years, so the brush shows what it leaves out. */
  readonly timelineRecords: Transfer[] = $derived.by(() =>
    filterTransfers(this.index, this.#state, ['from', 'to']),
  );
  readonly recipients: Map<string, RecipientSummary> = $derived.by(() =>
    recipientSummary(this.index, this.mapped),
  );
  readonly years: YearCount[] = $derived.by(() =>
    countByYear(this.index, this.timelineRecords, this.index.yearRange),
  );
  readonly flows: Flow[] = $derived.by(() => flows(this.index, this.mapped));
  readonly exporters = $derived.by(() => countBySupplierCountry(this.index, this.mapped));
  /** Whether any filter (not the view) is set. */
  readonly filtered: boolean = $derived.by(
    () => toUrlSearch({ ...this.#state, view: 'map', record: null, q: '' }) !== '',
  );

  /** Whether any filter other than the selected country is set. */
  readonly filteredBeyondCountry: boolean = $derived.by(
    () => toUrlSearch({ ...this.#state, country: null, view: 'map', record: null, q: '' }) !== '',
  );

  /** Change part of the state; by default a new history entry, so Back undoes it. */
  update(patch: Partial<ViewState>, history: 'push' | 'replace' = 'push'): void {
    this.#state = sanitizeState({ ...this.#state, ...patch }, this.index);
    if (typeof window === 'undefined') return;
    const url = `${window.location.pathname}${toUrlSearch(this.#state)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** Clear every filter and the selection; keep the view. */
  clear(): void {
    this.update({ ...DEFAULT_STATE, view: this.#state.view });
  }

  /** Re-read the URL (Back and Forward). */
  syncFromUrl(search: string): void {
    this.#state = sanitizeState(parseUrlState(search), this.index);
  }
}
