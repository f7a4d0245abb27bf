/**
 * Paths of the static pages, relative to the site root (the contract in shared/DATA-MODEL.md):
 * `country/{ISO3}/`, `company/{id}/`, `record/{id}/`. One place builds them, for the prerender
 * script, the static pages' links and the app's links to them.
 */
export const countryPath = (iso3: string): string => `country/${iso3}/`;
export const companyPath = (id: string): string => `company/${id}/`;
export const recordPath = (id: string): string => `record/${id}/`;
/** The full table of records as plain HTML. */
export const RECORDS_PATH = 'records/';
/** The lists of every country and every company. */
export const COUNTRIES_PATH = 'country/';
export const COMPANIES_PATH = 'company/';

/** How to get from a page at `path` back to the site root ("../../" for "country/ETH/"). */
export function rootFrom(path: string): string {
  const depth = path.split('/').filter((s) => s !== '').length;
  return depth === 0 ? './' : '../'.repeat(depth);
}
