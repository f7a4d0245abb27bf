import { countryName } from '../data/countries';
import type { Transfer } from '../data/types';
import type { DatasetIndex } from './datasetIndex';

/** Lower-cased text a record can be found by: supplier, countries, end user, product, summary... */
function haystack(index: DatasetIndex, t: Transfer): string {
  const company = index.companies.get(t.supplierId);
  return [
    t.id,
    company?.name,
    ...(company?.aliases ?? []),
    company ? countryName(company.hqIso3) : '',
    t.recipientIso3,
    countryName(t.recipientIso3),
    t.recipientEntity,
    t.product,
    t.summary,
    ...t.technologies.map((id) => index.technologies.get(id)?.label ?? id),
  ]
    .join(' ')
    .toLowerCase();
}

/** Records containing every word of the query (case-insensitive); all records for an empty query. */
export function searchTransfers(
  index: DatasetIndex,
  transfers: readonly Transfer[],
  query: string,
): Transfer[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...transfers];
  return transfers.filter((t) => {
    const text = haystack(index, t);
    return words.every((w) => text.includes(w));
  });
}
