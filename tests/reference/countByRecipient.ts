// Reference implementation (see countByYear.ts). Not used by the app.
import type { Transfer } from '../../src/lib/data/types';

/** Number of records per recipient country (ISO3). Countries without records are absent. */
export function countByRecipient(transfers: readonly Transfer[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of transfers) counts.set(t.recipientIso3, (counts.get(t.recipientIso3) ?? 0) + 1);
  return counts;
}
