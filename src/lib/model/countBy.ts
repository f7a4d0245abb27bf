import type { Transfer } from '../data/types';

/** A label with its number of records. */
export interface Tally {
  key: string;
  label: string;
  count: number;
}

/**
 * Count records by one or more keys each (a record with two technologies counts once for each),
 * most records first, then by label.
 */
export function countBy(
  records: readonly Transfer[],
  keys: (t: Transfer) => readonly string[],
  label: (key: string) => string,
): Tally[] {
  const counts = new Map<string, number>();
  for (const t of records) {
    for (const k of new Set(keys(t))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
