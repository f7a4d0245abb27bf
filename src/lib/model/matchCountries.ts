import { countryName } from '../data/countries';

/** A country offered by the recipient picker. */
export interface CountryOption {
  iso3: string;
  name: string;
  /** Matching records (every filter but the country). */
  count: number;
}

/** Fold case and accents so "cote" finds Côte d'Ivoire. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Countries whose name or ISO3 code matches the typed text: names that start with it first, then
 * names with a word starting with it, then any other match; each group by name. An empty text
 * lists every country.
 */
export function matchCountries(
  query: string,
  codes: readonly string[],
  counts: ReadonlyMap<string, number>,
): CountryOption[] {
  const q = fold(query.trim());
  const all = codes
    .map((iso3) => ({ iso3, name: countryName(iso3), count: counts.get(iso3) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (q === '') return all;
  const rank = (c: CountryOption): number => {
    const name = fold(c.name);
    if (name.startsWith(q) || c.iso3.toLowerCase() === q) return 0;
    if (name.split(/[\s'’(),-]+/).some((w) => w.startsWith(q))) return 1;
    return name.includes(q) ? 2 : 3;
  };
  return all
    .map((c) => ({ c, r: rank(c) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.c);
}
