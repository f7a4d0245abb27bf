import { countryName } from '../data/countries';

/** A row of the recipients table: a country, its name and its number of records. */
export interface CountryRow {
  iso3: string;
  name: string;
  n: number;
}

/** Recipient countries with their record counts, most records first, then by name. */
export function countryRows(counts: ReadonlyMap<string, number>): CountryRow[] {
  return [...counts]
    .map(([iso3, n]) => ({ iso3, name: countryName(iso3), n }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
}
