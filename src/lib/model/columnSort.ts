import type { SortKey, TableSort } from './sortTransfers';

/** How a column header shows the order: its `aria-sort` and an arrow, when the table is sorted by it. */
export function columnSort(
  order: TableSort,
  key: SortKey | null,
): { aria: 'ascending' | 'descending' | undefined; arrow: string } {
  if (key === null || order.key !== key) return { aria: undefined, arrow: '' };
  return order.descending
    ? { aria: 'descending', arrow: ' ▼' }
    : { aria: 'ascending', arrow: ' ▲' };
}
