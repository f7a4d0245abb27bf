import type { Evidence, Region } from '../data/types';

/** The listing filter: suppliers (or parents) listed, never listed, or deals after a listing. */
export const LISTING_FILTERS = ['listed', 'unlisted', 'after'] as const;
export type ListingFilter = (typeof LISTING_FILTERS)[number];

/** How years match: on the start year, or on the years a deal was active. */
export const YEAR_MODES = ['start', 'active'] as const;
export type YearMode = (typeof YEAR_MODES)[number];

/** What narrows the records shown. Empty lists and nulls mean "no restriction". */
export interface Filters {
  /** Recipient country (ISO3) selected on the map. */
  country: string | null;
  /** Exporting countries (ISO3 of supplier headquarters). */
  supplier: string[];
  /** A company; its subsidiaries are included. */
  company: string | null;
  /** Technology ids: a record matches if it has any of them. */
  tech: string[];
  evidence: Evidence[];
  /** Years, inclusive: on year_start, or on the active span when `years` is `active`. */
  from: number | null;
  to: number | null;
  /** UN M49 regions of the recipient. */
  region: Region[];
  /** Listing status of the supplier. */
  listing: ListingFilter | null;
  /** `start`: started in the years; `active`: active during the years. */
  years: YearMode;
  /** Free text: a record matches when it contains every word (the table's search box). */
  q: string;
}

export const NO_FILTERS: Filters = {
  country: null,
  supplier: [],
  company: null,
  tech: [],
  evidence: [],
  from: null,
  to: null,
  region: [],
  listing: null,
  years: 'start',
  q: '',
};
