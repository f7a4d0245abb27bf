import type { Dataset, Problem } from './types';

/** Physical line of each record id, per file, for pointing warnings at rows. */
export type LineIndex = Record<
  'transfers.csv' | 'companies.csv' | 'sources.csv',
  Map<string, number>
>;

/** The years a record covers: year_start to year_end, or year_start alone when no end is known. */
function span(t: { yearStart: number; yearEnd: number | null }): [number, number] {
  return [t.yearStart, t.yearEnd ?? t.yearStart];
}

/**
 * Warnings for contributors, on a dataset that is otherwise valid: likely duplicate records (same
 * supplier, recipient and a shared technology, with overlapping years, unless one lists the other in
 * `distinct_from`), the same source URL twice, and sources or companies that nothing uses.
 */
export function findWarnings(
  dataset: Dataset,
  lines: LineIndex,
  /** Ids referenced by any row, valid or not, so a row with errors does not make others "unused". */
  referenced: { sources: Set<string>; companies: Set<string> },
): Problem[] {
  const out: Problem[] = [];
  const warn = (file: keyof LineIndex, id: string, message: string) =>
    out.push({ file, line: lines[file].get(id) ?? 1, message, severity: 'warning' });

  const groups = new Map<string, Dataset['transfers']>();
  for (const t of dataset.transfers) {
    const key = `${t.supplierId}>${t.recipientIso3}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (!a || !b) continue;
        if (a.distinctFrom.includes(b.id) || b.distinctFrom.includes(a.id)) continue;
        const shared = a.technologies.filter((x) => b.technologies.includes(x));
        const [a0, a1] = span(a);
        const [b0, b1] = span(b);
        if (shared.length > 0 && a0 <= b1 && b0 <= a1) {
          warn(
            'transfers.csv',
            b.id,
            `"${b.id}" may duplicate "${a.id}" (line ${lines['transfers.csv'].get(a.id) ?? '?'}): same supplier, recipient and ${shared.join(', ')} with overlapping years; merge them, or list "${a.id}" in distinct_from if they are separate deals`,
          );
        }
      }
    }
  }

  const byUrl = new Map<string, string>();
  for (const s of dataset.sources) {
    const url = s.url.replace(/\/+$/, '').toLowerCase();
    const first = byUrl.get(url);
    if (first) {
      warn(
        'sources.csv',
        s.id,
        `url is the same as source "${first}" (line ${lines['sources.csv'].get(first) ?? '?'}): cite one source id instead of two`,
      );
    } else byUrl.set(url, s.id);
  }

  const citedSources = referenced.sources;
  for (const s of dataset.sources) {
    if (!citedSources.has(s.id)) {
      warn(
        'sources.csv',
        s.id,
        `source "${s.id}" is cited by no record or company: cite it or remove it`,
      );
    }
  }

  const usedCompanies = referenced.companies;
  for (const c of dataset.companies) {
    if (!usedCompanies.has(c.id)) {
      warn(
        'companies.csv',
        c.id,
        `company "${c.id}" supplies no record and is no parent: add its records or remove it`,
      );
    }
  }
  return out;
}
