import type { Dataset, Problem, Transfer } from './types';

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

  // Likely duplicates, in linear time and memory: a record is compared only with the earlier
  // records filed under the same supplier, recipient, technology and year (years are few), and each
  // such bucket keeps at most BUCKET records, so 100,000 copies of one row cost 100,000 look-ups,
  // not 5 billion pairs. Each record gets at most one warning, naming the first earlier match.
  const BUCKET = 32;
  const buckets = new Map<string, Transfer[]>();
  const order = new Map<string, number>();
  const distinct = (a: Transfer, b: Transfer) =>
    a.distinctFrom.includes(b.id) || b.distinctFrom.includes(a.id);
  dataset.transfers.forEach((b, index) => {
    order.set(b.id, index);
    const [b0, b1] = span(b);
    const keys: string[] = [];
    let first: Transfer | undefined;
    for (const tech of b.technologies) {
      for (let y = b0; y <= b1; y++) {
        const key = `${b.supplierId}>${b.recipientIso3}>${tech}>${y}`;
        keys.push(key);
        const a = buckets.get(key)?.find((x) => !distinct(x, b));
        if (a && (!first || (order.get(a.id) ?? 0) < (order.get(first.id) ?? 0))) first = a;
      }
    }
    if (first) {
      const a = first;
      const shared = a.technologies.filter((x) => b.technologies.includes(x));
      warn(
        'transfers.csv',
        b.id,
        `"${b.id}" may duplicate "${a.id}" (line ${lines['transfers.csv'].get(a.id) ?? '?'}): same supplier, recipient and ${shared.join(', ')} with overlapping years; merge them, or list "${a.id}" in distinct_from if they are separate deals`,
      );
    }
    for (const key of keys) {
      const list = buckets.get(key);
      if (!list) buckets.set(key, [b]);
      else if (list.length < BUCKET) list.push(b);
    }
  });

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
