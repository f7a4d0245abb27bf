import type { Transfer } from '../data/types';
import type { DatasetIndex } from './datasetIndex';

/** What the map's tooltip says about one recipient country. */
export interface RecipientSummary {
  iso3: string;
  count: number;
  /** Supplier names with their record counts, most first (at most 3). */
  topSuppliers: { name: string; count: number }[];
}

/** Per recipient: number of records and main suppliers. Countries without records are absent. */
export function recipientSummary(
  index: DatasetIndex,
  transfers: readonly Transfer[],
): Map<string, RecipientSummary> {
  const bySupplier = new Map<string, Map<string, number>>();
  for (const t of transfers) {
    const m = bySupplier.get(t.recipientIso3) ?? new Map<string, number>();
    m.set(t.supplierId, (m.get(t.supplierId) ?? 0) + 1);
    bySupplier.set(t.recipientIso3, m);
  }
  const out = new Map<string, RecipientSummary>();
  for (const [iso3, m] of bySupplier) {
    const ranked = [...m]
      .map(([id, count]) => ({ name: index.companies.get(id)?.name ?? id, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    out.set(iso3, {
      iso3,
      count: ranked.reduce((s, r) => s + r.count, 0),
      topSuppliers: ranked.slice(0, 3),
    });
  }
  return out;
}
