import { isIso3 } from '../data/countries';
import { EVIDENCE_LEVELS, ID_PATTERN, REGIONS } from '../data/schema';
import type { Evidence, Region } from '../data/types';
import type { DatasetIndex } from '../model/datasetIndex';
import { SORT_KEYS } from '../model/sortTransfers';
import { LISTING_FILTERS, NO_FILTERS, type Filters, type ListingFilter } from '../model/filters';

export const VIEWS = ['map', 'flows', 'table', 'policy', 'about'] as const;
export type View = (typeof VIEWS)[number];

/** Everything a permalink carries: the filters (the text search `q` among them), the view, the
 * open record and the table's order. */
export interface ViewState extends Filters {
  view: View;
  record: string | null;
  /** The table's sort: a column key and direction, e.g. `year-desc` (null: the default order). */
  sort: string | null;
}

export const DEFAULT_STATE: ViewState = { ...NO_FILTERS, view: 'map', record: null, sort: null };

const ISO3 = /^[A-Z]{3}$/;
/** The table's order: `{key}-{asc|desc}`. */
const SORT = new RegExp(`^(${SORT_KEYS.join('|')})-(asc|desc)$`);
/** Regions are written lower-case in URLs (`region=africa,asia`). */
const REGION_BY_SLUG = new Map<string, Region>(REGIONS.map((r) => [r.toLowerCase(), r]));
const YEAR = /^\d{4}$/;

/** Sorted, de-duplicated copy: the one order lists are kept in, so URLs are canonical. */
function canonical<T extends string>(list: readonly T[]): T[] {
  return [...new Set(list)].sort();
}

function list(params: URLSearchParams, key: string, valid: (v: string) => boolean): string[] {
  const raw = params.get(key);
  if (raw === null) return [];
  return canonical(
    raw
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '' && valid(v)),
  );
}

function one(params: URLSearchParams, key: string, valid: (v: string) => boolean): string | null {
  const v = params.get(key)?.trim() ?? '';
  return v !== '' && valid(v) ? v : null;
}

/**
 * Read a permalink's query string. Purely syntactic: malformed or unknown values are dropped, never
 * fatal. `sanitizeState` then drops ids the dataset does not have.
 */
export function parseUrlState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const year = (k: string) => {
    const v = one(p, k, (x) => YEAR.test(x));
    return v === null ? null : Number(v);
  };
  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const view = one(p, 'view', (v) => (VIEWS as readonly string[]).includes(v));
  return {
    country: one(p, 'country', (v) => ISO3.test(v)),
    supplier: list(p, 'supplier', (v) => ISO3.test(v)),
    company: one(p, 'company', (v) => ID_PATTERN.test(v)),
    tech: list(p, 'tech', (v) => ID_PATTERN.test(v)),
    evidence: list(p, 'evidence', (v) =>
      (EVIDENCE_LEVELS as readonly string[]).includes(v),
    ) as Evidence[],
    from,
    to,
    view: (view as View | null) ?? 'map',
    record: one(p, 'record', (v) => ID_PATTERN.test(v)),
    q: (p.get('q') ?? '').slice(0, 200),
    sort: one(p, 'sort', (v) => SORT.test(v)),
    region: list(p, 'region', (v) => REGION_BY_SLUG.has(v.toLowerCase())).map(
      (v) => REGION_BY_SLUG.get(v.toLowerCase()) as Region,
    ),
    listing: one(p, 'listing', (v) =>
      (LISTING_FILTERS as readonly string[]).includes(v),
    ) as ListingFilter | null,
    years: one(p, 'years', (v) => v === 'active') === null ? 'start' : 'active',
  };
}

/** Write the state as a query string (with leading "?" unless empty), omitting defaults. */
export function toUrlSearch(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.country) p.set('country', state.country);
  if (state.supplier.length) p.set('supplier', canonical(state.supplier).join(','));
  if (state.company) p.set('company', state.company);
  if (state.tech.length) p.set('tech', canonical(state.tech).join(','));
  if (state.evidence.length) p.set('evidence', canonical(state.evidence).join(','));
  if (state.from !== null) p.set('from', String(state.from));
  if (state.to !== null) p.set('to', String(state.to));
  if (state.region.length)
    p.set('region', canonical(state.region.map((r) => r.toLowerCase())).join(','));
  if (state.listing) p.set('listing', state.listing);
  if (state.years === 'active') p.set('years', 'active');
  if (state.view !== 'map') p.set('view', state.view);
  if (state.record) p.set('record', state.record);
  if (state.q) p.set('q', state.q);
  if (state.sort) p.set('sort', state.sort);
  const s = p.toString().replace(/%2C/g, ',');
  return s === '' ? '' : `?${s}`;
}

/**
 * Years kept within the data's range (`?from=2099` becomes its last year, `?to=1980` its first), and
 * a reversed range swapped, so the state, the timeline and the permalink agree.
 */
function clampYears(
  from: number | null,
  to: number | null,
  [min, max]: [number, number],
): { from: number | null; to: number | null } {
  const clamp = (y: number | null) => (y === null ? null : Math.min(max, Math.max(min, y)));
  let [f, t] = [clamp(from), clamp(to)];
  if (f !== null && t !== null && f > t) [f, t] = [t, f];
  return { from: f, to: t };
}

/**
 * Drop values the dataset does not know (countries, companies, technologies, records); clamp the
 * years to the data's range and put a reversed range in order.
 */
export function sanitizeState(state: ViewState, index: DatasetIndex): ViewState {
  const suppliers = new Set(index.supplierCountries);
  return {
    ...state,
    ...clampYears(state.from, state.to, index.yearRange),
    // Any real country can be selected: one without records shows that it has none.
    country: state.country && isIso3(state.country) ? state.country : null,
    supplier: state.supplier.filter((s) => suppliers.has(s)),
    company: state.company && index.companies.has(state.company) ? state.company : null,
    tech: state.tech.filter((t) => index.technologies.has(t)),
    record: state.record && index.transfers.has(state.record) ? state.record : null,
  };
}
