// Reference implementation (see countByYear.ts). Not used by the app.
import type { Transfer } from '../../src/lib/data/types';
import { supplierCountry, type DatasetIndex } from '../../src/lib/model/datasetIndex';

/** Records per exporting country (supplier headquarters), most first. */
export function countBySupplierCountry(
  index: DatasetIndex,
  transfers: readonly Transfer[],
): { iso3: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of transfers) {
    const c = supplierCountry(index, t);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts]
    .map(([iso3, count]) => ({ iso3, count }))
    .sort((a, b) => b.count - a.count || a.iso3.localeCompare(b.iso3));
}
