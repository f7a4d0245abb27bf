import type { Evidence, Region, Transfer } from '../data/types';
import { activeUntil } from './columns';
import { supplierCountry, type DatasetIndex } from './datasetIndex';
import { isAfterListing } from './listings';

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
};

/** The records that meet every filter; `ignore` leaves some filters out (e.g. the map ignores `country`). */
export function filterTransfers(
  index: DatasetIndex,
  filters: Filters,
  ignore: readonly (keyof Filters)[] = [],
): Transfer[] {
  const use = (k: keyof Filters) => !ignore.includes(k);
  const suppliers =
    use('supplier') && filters.supplier.length > 0 ? new Set(filters.supplier) : null;
  const tech = use('tech') && filters.tech.length > 0 ? new Set(filters.tech) : null;
  const evidence =
    use('evidence') && filters.evidence.length > 0 ? new Set(filters.evidence) : null;
  const group = use('company') && filters.company ? index.groups.get(filters.company) : null;
  const country = use('country') ? filters.country : null;
  const from = use('from') ? filters.from : null;
  const to = use('to') ? filters.to : null;
  const regions =
    use('region') && filters.region.length > 0 ? new Set<string>(filters.region) : null;
  const listing = use('listing') ? filters.listing : null;
  const active = filters.years === 'active';
  const listingOk = (t: Transfer): boolean => {
    if (listing === null) return true;
    const l = index.listings.get(t.supplierId);
    if (listing === 'unlisted') return !l;
    if (listing === 'listed') return l !== undefined;
    return l !== undefined && isAfterListing(t.yearStart, l);
  };
  const end = (t: Transfer) => (active ? activeUntil(t, index.currentYear) : t.yearStart);
  return index.dataset.transfers.filter(
    (t) =>
      (regions === null || regions.has(index.countryInfo.get(t.recipientIso3)?.region ?? '')) &&
      listingOk(t) &&
      (country === null || t.recipientIso3 === country) &&
      (suppliers === null || suppliers.has(supplierCountry(index, t))) &&
      (group === null || group === undefined || group.has(t.supplierId)) &&
      (tech === null || t.technologies.some((x) => tech.has(x))) &&
      (evidence === null || evidence.has(t.evidence)) &&
      (from === null || end(t) >= from) &&
      (to === null || t.yearStart <= to),
  );
}
