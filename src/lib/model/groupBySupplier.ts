import type { Company, Transfer } from '../data/types';
import type { DatasetIndex } from './datasetIndex';

/** Records grouped by supplier company, the largest group first, each group newest first. */
export function groupBySupplier(
  index: DatasetIndex,
  transfers: readonly Transfer[],
): { company: Company; records: Transfer[] }[] {
  const groups = new Map<string, Transfer[]>();
  for (const t of transfers) groups.set(t.supplierId, [...(groups.get(t.supplierId) ?? []), t]);
  return [...groups]
    .flatMap(([id, records]) => {
      const company = index.companies.get(id);
      return company
        ? [{ company, records: [...records].sort((a, b) => b.yearStart - a.yearStart) }]
        : [];
    })
    .sort(
      (a, b) => b.records.length - a.records.length || a.company.name.localeCompare(b.company.name),
    );
}
