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

/** Each record's search text, built once per dataset index. */
const cache = new WeakMap<DatasetIndex, string[]>();

/** The words of a query, lower-cased. */
function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * For each record of the index (in dataset order), whether it contains every word of the query;
 * null for an empty query (no restriction). The one-pass aggregate reads it.
 */
export function searchMask(index: DatasetIndex, query: string): Uint8Array | null {
  const w = words(query);
  if (w.length === 0) return null;
  let texts = cache.get(index);
  if (!texts) {
    texts = index.dataset.transfers.map((t) => haystack(index, t));
    cache.set(index, texts);
  }
  const mask = new Uint8Array(texts.length);
  texts.forEach((text, i) => (mask[i] = w.every((x) => text.includes(x)) ? 1 : 0));
  return mask;
}

/** Records containing every word of the query (case-insensitive); all records for an empty query. */
export function searchTransfers(
  index: DatasetIndex,
  transfers: readonly Transfer[],
  query: string,
): Transfer[] {
  const w = words(query);
  if (w.length === 0) return [...transfers];
  return transfers.filter((t) => {
    const text = haystack(index, t);
    return w.every((x) => text.includes(x));
  });
}
