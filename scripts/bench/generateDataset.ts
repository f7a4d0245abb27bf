/**
 * Synthetic, valid datasets for the benchmark: N transfers with a realistic spread (a few exporting
 * countries and companies dominate, recipients follow a long tail, more records in recent years).
 * Deterministic for a given N. Never written into data/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './rng';
import { toCsv } from '../../src/lib/data/toCsv';
import table from '../../src/lib/data/countryTable.json' with { type: 'json' };

/** Index in [0, n) with a Zipf-like skew: low indexes are much more common. */
const zipf = (r: () => number, n: number) => Math.min(n - 1, Math.floor(n * Math.pow(r(), 2.2)));

const EXPORTERS = [
  'CHN',
  'ISR',
  'USA',
  'DEU',
  'GBR',
  'FRA',
  'ITA',
  'RUS',
  'CAN',
  'SWE',
  'FIN',
  'NLD',
  'JPN',
  'KOR',
  'ARE',
  'IND',
  'BGR',
  'CHE',
  'DNK',
  'ESP',
  'ZAF',
  'AUS',
  'BEL',
  'AUT',
  'IRL',
];
const WORDS =
  'police ministry contract camera system platform network surveillance interception spyware supplied installed reported national city security agency data records phones traffic monitoring centre deal licence export'.split(
    ' ',
  );

/** Write a synthetic dataset of `n` transfers into `dir`, with the real technology taxonomy. */
export function generateDataset(n: number, dir: string): void {
  const r = rng(n);
  mkdirSync(dir, { recursive: true });
  const technologies = readFileSync('data/technologies.csv', 'utf8');
  const techIds = technologies
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',')[0] ?? '');
  const recipients = Object.keys(table).sort(() => r() - 0.5);
  const words = (k: number) =>
    Array.from({ length: k }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');

  const nCompanies = Math.max(60, Math.round(n / 100));
  const companies = Array.from({ length: nCompanies }, (_, i) => ({
    id: `bench-co-${i}`,
    name: `Bench Company ${i}`,
    aliases: i % 7 === 0 ? `Old Name ${i}` : '',
    hq_iso3: EXPORTERS[zipf(r, EXPORTERS.length)] ?? 'CHN',
    parent_id: i > 10 && i % 9 === 0 ? `bench-co-${i % 10}` : '',
    ownership: ['private', 'listed', 'state-owned', 'unknown'][i % 4] ?? 'unknown',
    description: words(8),
    source_ids: '',
  }));
  const nSources = Math.max(50, Math.round(n / 2));
  const sources = Array.from({ length: nSources }, (_, i) => ({
    id: `bench-src-${i}`,
    title: `Report ${i}: ${words(6)}`,
    publisher: `Publisher ${i % 150}`,
    authors: i % 3 === 0 ? 'A. Author; B. Author' : '',
    date: `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}`,
    url: `https://example.org/bench/${i}`,
    archive_url:
      i % 5 === 0 ? `https://web.archive.org/web/2020/https://example.org/bench/${i}` : '',
    type: ['report', 'investigation', 'news', 'court'][i % 4] ?? 'news',
  }));
  const transfers = Array.from({ length: n }, (_, i) => {
    const start = 2000 + Math.floor(25 * Math.sqrt(r()));
    const techs = [techIds[zipf(r, techIds.length)] ?? 'spyware'];
    if (r() < 0.3) techs.push(techIds[Math.floor(r() * techIds.length)] ?? 'cctv');
    return {
      id: `bench-${i}`,
      supplier_id: `bench-co-${zipf(r, nCompanies)}`,
      recipient_iso3: recipients[zipf(r, 180)] ?? 'VEN',
      recipient_entity: r() < 0.6 ? `Ministry of ${words(1)}` : '',
      technologies: [...new Set(techs)].join(';'),
      product: r() < 0.5 ? `Product ${i % 300}` : '',
      year_start: String(start),
      year_end: r() < 0.3 ? String(Math.min(2025, start + Math.floor(r() * 5))) : '',
      status:
        ['ordered', 'delivered', 'in-use', 'ended', 'cancelled', 'unknown'][Math.floor(r() * 6)] ??
        'unknown',
      evidence:
        ['documented', 'forensic', 'reported', 'alleged'][Math.floor(r() * 4)] ?? 'reported',
      value_usd: r() < 0.2 ? String(Math.floor(r() * 1e8)) : '',
      summary: `${words(18)}.`,
      source_ids: `bench-src-${Math.floor(r() * nSources)}`,
      distinct_from: '',
    };
  });
  const write = (file: string, rows: Record<string, string>[]) =>
    writeFileSync(join(dir, file), `${toCsv(rows, Object.keys(rows[0] ?? {}))}\r\n`);
  // Every 8th company listed (some lifted later), so subsidiaries inherit parents' listings.
  const restrictions = companies
    .filter((_, i) => i % 8 === 0)
    .map((c, k) => {
      const year = 2005 + Math.floor(r() * 20);
      return {
        company_id: c.id,
        authority: ['US-BIS', 'US-OFAC', 'EU', 'UK'][k % 4] ?? 'US-BIS',
        measure: ['entity-list', 'sdn', 'sanctions', 'sanctions'][k % 4] ?? 'entity-list',
        date_added: `${year}-${String((k % 12) + 1).padStart(2, '0')}-01`,
        date_removed: k % 5 === 0 ? `${Math.min(2025, year + 2)}-01-15` : '',
        reason: words(8),
        source_ids: `bench-src-${k % nSources}`,
      };
    });
  // Synthetic regions: each code gets one deterministically (geography is not the point here).
  const regions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];
  const used = [...new Set([...transfers.map((t) => t.recipient_iso3), ...EXPORTERS])].sort();
  const countries = used.map((iso3, i) => ({
    iso3,
    name: `Country ${iso3}`,
    region: regions[i % regions.length] ?? 'Asia',
    subregion: `Subregion ${i % 11}`,
  }));
  write('transfers.csv', transfers);
  write('restrictions.csv', restrictions);
  write('countries.csv', countries);
  write('companies.csv', companies);
  write('sources.csv', sources);
  writeFileSync(join(dir, 'technologies.csv'), technologies);
}
