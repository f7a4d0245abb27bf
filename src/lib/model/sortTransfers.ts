import { countryName } from '../data/countries';
import type { Transfer } from '../data/types';
import { supplierCountry, type DatasetIndex } from './datasetIndex';

export const SORT_KEYS = ['supplier', 'from', 'recipient', 'year', 'evidence', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const EVIDENCE_RANK = { documented: 0, forensic: 1, reported: 2, alleged: 3 } as const;

/** Records sorted by one column, ties broken by year then id, so the order is stable. */
export function sortTransfers(
  index: DatasetIndex,
  transfers: readonly Transfer[],
  key: SortKey,
  descending: boolean,
): Transfer[] {
  const text = (t: Transfer): string => {
    switch (key) {
      case 'supplier':
        return index.companies.get(t.supplierId)?.name ?? '';
      case 'from':
        return countryName(supplierCountry(index, t));
      case 'recipient':
        return countryName(t.recipientIso3);
      case 'status':
        return t.status;
      default:
        return '';
    }
  };
  const num = (t: Transfer): number =>
    key === 'year' ? t.yearStart : key === 'evidence' ? EVIDENCE_RANK[t.evidence] : 0;
  const sign = descending ? -1 : 1;
  return [...transfers].sort(
    (a, b) =>
      sign * (text(a).localeCompare(text(b)) || num(a) - num(b)) ||
      a.yearStart - b.yearStart ||
      a.id.localeCompare(b.id),
  );
}

/** A table order: column and direction. */
export interface TableSort {
  key: SortKey;
  descending: boolean;
}

/** Read the permalink's `sort` (e.g. `supplier-asc`); newest first when absent. */
export function parseSort(sort: string | null): TableSort {
  const m = /^([a-z]+)-(asc|desc)$/.exec(sort ?? '');
  const key = (SORT_KEYS as readonly string[]).includes(m?.[1] ?? '') ? (m?.[1] as SortKey) : null;
  return key ? { key, descending: m?.[2] === 'desc' } : { key: 'year', descending: true };
}

/**
 * The order after clicking a column: the same column flips its direction; another starts
 * ascending (years start newest first). The default order is written as null.
 */
export function nextSort(current: string | null, key: SortKey): string | null {
  const now = parseSort(current);
  const descending = now.key === key ? !now.descending : key === 'year';
  return key === 'year' && descending ? null : `${key}-${descending ? 'desc' : 'asc'}`;
}
