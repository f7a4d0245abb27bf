// Reference implementation: every filter applied record by record, the plain version the app's
// single-pass `aggregate` is tested against. Not used by the app.
import type { Transfer } from '../../src/lib/data/types';
import { activeUntil } from '../../src/lib/model/columns';
import { supplierCountry, type DatasetIndex } from '../../src/lib/model/datasetIndex';
import type { Filters } from '../../src/lib/model/filters';
import { isAfterListing } from '../../src/lib/model/listings';
import { searchTransfers } from '../../src/lib/model/searchTransfers';

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
  const found = use('q')
    ? new Set(searchTransfers(index, index.dataset.transfers, filters.q))
    : null;
  return index.dataset.transfers.filter(
    (t) =>
      (found === null || found.has(t)) &&
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
