// Reference implementation: the plain, one-pass-per-aggregate version the app's single-pass
// `aggregate` is tested against (tests/unit/aggregate.test.ts). Not used by the app.
import type { Transfer } from '../../src/lib/data/types';
import type { YearCount } from '../../src/lib/model/aggregateTypes';
import { familyOf, type DatasetIndex } from '../../src/lib/model/datasetIndex';

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
