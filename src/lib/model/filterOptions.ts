import { countryName } from '../data/countries';
import { TECH_FAMILIES, TECH_FAMILY_LABELS } from '../data/schema';
import type { Company, Technology } from '../data/types';

/** The list with `value` added (on) or removed (off): how a checkbox changes a filter. */
export function toggled<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** Technologies grouped by family in chart order, 'Other' last; families without one are left out. */
export function technologyFamilies(
  technologies: readonly Technology[],
): { key: string; label: string; techs: Technology[] }[] {
  return [...TECH_FAMILIES, null]
    .map((f) => ({
      key: f ?? 'other',
      label: f ? TECH_FAMILY_LABELS[f] : 'Other',
      techs: technologies.filter((t) => t.family === f),
    }))
    .filter((f) => f.techs.length > 0);
}

/** The company whose name or an alias the text is, ignoring case and surrounding spaces. */
export function matchCompany(companies: readonly Company[], text: string): Company | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  return companies.find(
    (c) => c.name.toLowerCase() === t || c.aliases.some((a) => a.toLowerCase() === t),
  );
}

/** Exporting countries by English name, or by number of matching records (most first). */
export function sortExporters(
  codes: readonly string[],
  counts: ReadonlyMap<string, number>,
  by: 'name' | 'count',
): string[] {
  const byName = (a: string, b: string) => countryName(a).localeCompare(countryName(b));
  return [...codes].sort(
    by === 'name' ? byName : (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || byName(a, b),
  );
}

/** A typed year, or null when the text is not a four-digit year. */
export function parseYear(value: string): number | null {
  return /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : null;
}
