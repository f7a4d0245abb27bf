import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

// The browser build registers no locale on its own.
countries.registerLocale(en);

const ALPHA3 = new Set(Object.keys(countries.getAlpha3Codes()));

/** True when `code` is an ISO 3166-1 alpha-3 country code (upper case). */
export function isIso3(code: string): boolean {
  return ALPHA3.has(code);
}

// Short names people use, where the library's first name is a long formal one.
const SHORT_NAMES: Record<string, string> = {
  CHN: 'China',
  USA: 'United States',
  RUS: 'Russia',
  IRN: 'Iran',
  SYR: 'Syria',
  TWN: 'Taiwan',
  LAO: 'Laos',
  MDA: 'Moldova',
  TZA: 'Tanzania',
  COD: 'DR Congo',
  COG: 'Congo',
  MKD: 'North Macedonia',
  CZE: 'Czechia',
  PSE: 'Palestine',
  CIV: "Côte d'Ivoire",
  BRN: 'Brunei',
  FSM: 'Micronesia',
  VAT: 'Vatican City',
};

/** The English short name of an ISO3 country, or the code itself when unknown. */
export function countryName(iso3: string): string {
  return SHORT_NAMES[iso3] ?? countries.getName(iso3, 'en', { select: 'official' }) ?? iso3;
}

/** ISO3 of a world-atlas feature id (ISO 3166 numeric, e.g. "036"), or null. */
export function iso3FromNumeric(numeric: string | number | undefined): string | null {
  if (numeric === undefined) return null;
  return countries.numericToAlpha3(numeric) ?? null;
}
