// Reference implementation (see countByYear.ts). Not used by the app.
import type { Transfer } from '../../src/lib/data/types';
import type { Flow } from '../../src/lib/model/aggregateTypes';
import { supplierCountry, type DatasetIndex } from '../../src/lib/model/datasetIndex';

/** Corridors between exporting and recipient countries, heaviest first (domestic supply included). */
export function flows(index: DatasetIndex, transfers: readonly Transfer[]): Flow[] {
  const counts = new Map<string, Flow>();
  for (const t of transfers) {
    const from = supplierCountry(index, t);
    const key = `${from}>${t.recipientIso3}`;
    const f = counts.get(key) ?? { from, to: t.recipientIso3, count: 0 };
    f.count++;
    counts.set(key, f);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}
