/**
 * Generates src/lib/data/countryTable.json from i18n-iso-countries: for every ISO 3166-1 country,
 * alpha-3 -> English short name (and, in countryNumeric.json, the ISO numeric code). The app ships this small table instead of the
 * library. Run: npx tsx scripts/build-country-table.ts
 */
import { writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

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

const table: Record<string, string> = {};
const numeric: Record<string, string> = {};
for (const alpha3 of Object.keys(countries.getAlpha3Codes()).sort()) {
  table[alpha3] =
    SHORT_NAMES[alpha3] ?? countries.getName(alpha3, 'en', { select: 'official' }) ?? alpha3;
  const num = countries.alpha3ToNumeric(alpha3);
  if (num) numeric[alpha3] = num;
}
// Names for the app; numeric codes apart, for the world atlas only (build and flows view).
writeFileSync('src/lib/data/countryTable.json', JSON.stringify(table) + '\n');
writeFileSync('src/lib/data/countryNumeric.json', JSON.stringify(numeric) + '\n');
// The validator needs only the codes (it runs in the loader's worker, which should stay small).
writeFileSync('src/lib/data/iso3Codes.json', JSON.stringify(Object.keys(table).join(' ')) + '\n');
console.log(`${Object.keys(table).length} countries written`);
