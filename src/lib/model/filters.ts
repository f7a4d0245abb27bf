import type { Evidence, Transfer } from '../data/types';
import { supplierCountry, type DatasetIndex } from './datasetIndex';

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
  /** Years, inclusive, on year_start (year of order or first reported use). */
  from: number | null;
  to: number | null;
}

export const NO_FILTERS: Filters = {
  country: null,
  supplier: [],
  company: null,
  tech: [],
  evidence: [],
  from: null,
  to: null,
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
  return index.dataset.transfers.filter(
    (t) =>
      (country === null || t.recipientIso3 === country) &&
      (suppliers === null || suppliers.has(supplierCountry(index, t))) &&
      (group === null || group === undefined || group.has(t.supplierId)) &&
      (tech === null || t.technologies.some((x) => tech.has(x))) &&
      (evidence === null || evidence.has(t.evidence)) &&
      (from === null || t.yearStart >= from) &&
      (to === null || t.yearStart <= to),
  );
}
