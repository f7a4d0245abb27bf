import type { Transfer } from '../data/types';
import type { TechFamily } from '../data/schema';
import { familyOf, type DatasetIndex } from './datasetIndex';

export type FamilyKey = TechFamily | 'other';

/** Records starting in one year, split by technology family. */
export interface YearCount {
  year: number;
  total: number;
  byFamily: Partial<Record<FamilyKey, number>>;
}

/**
 * Records per year_start, stacked by the family of each record's first technology (so a record is
 * counted once). Every year of `range` is present, with zeros where nothing started.
 */
export function countByYear(
  index: DatasetIndex,
  transfers: readonly Transfer[],
  range: [number, number],
): YearCount[] {
  const rows: YearCount[] = [];
  for (let y = range[0]; y <= range[1]; y++) rows.push({ year: y, total: 0, byFamily: {} });
  for (const t of transfers) {
    const row = rows[t.yearStart - range[0]];
    if (!row) continue;
    const f = familyOf(index, t);
    row.total++;
    row.byFamily[f] = (row.byFamily[f] ?? 0) + 1;
  }
  return rows;
}
