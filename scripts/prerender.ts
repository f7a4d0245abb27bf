/**
 * `npm run build`'s second step, after `vite build`: render the dashboard's first screen into
 * dist/index.html and write a static page for every country, company and record, plus the lists and
 * the full table, so the site reads with JavaScript off (Tor Browser's "Safest" level) and the map
 * is in the first paint. Components render with svelte/server through Vite's SSR loader; the data
 * is read with the shared loader, from the files dist/ ships.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer } from 'vite';
import { CSP } from './vite-plugin-csp.ts';
import { countryName } from '../src/lib/data/countries.ts';
import { loadDataset } from '../src/lib/data/loadDataset.ts';
import type { Transfer } from '../src/lib/data/types.ts';
import { buildWorldMap } from '../src/lib/geo/buildWorldMap.ts';
import { worldFeatures } from '../src/lib/geo/loadWorld.ts';
import { indexDataset } from '../src/lib/model/datasetIndex.ts';
import { parseChangelog } from '../src/lib/static/changelog.ts';
import type { PageCitation } from '../src/lib/static/citation.ts';
import { parseCitationCff } from '../src/lib/static/citationFile.ts';
import { buildFeed } from '../src/lib/static/feed.ts';
import { sha256Hex } from '../src/lib/data/sha256.ts';
import {
  COMPANIES_PATH,
  COUNTRIES_PATH,
  RECORDS_PATH,
  companyPath,
  countryPath,
  recordPath,
  rootFrom,
} from '../src/lib/static/pagePaths.ts';
import { SITE_NAME, siteUrl } from '../src/lib/static/siteConfig.ts';

const OUT = process.argv[2] ?? 'dist';
const started = performance.now();

const version = (JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { version: string })
  .version;
const built = new Date().toISOString().slice(0, 10);
const citation = parseCitationCff(readFileSync('CITATION.cff', 'utf8'));

const { dataset, problems } = await loadDataset(async (file) =>
  readFile(join('data', file)).catch(() => null),
);
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length > 0) {
  console.error(`prerender: the dataset has ${errors.length} errors; run npm run validate`);
  process.exit(1);
}
const index = indexDataset(dataset);
const map = buildWorldMap(
  worldFeatures(JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'))),
);

// Svelte components compiled for the server, their CSS kept so the static pages can ship it.
const vite = await createServer({
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  plugins: [svelte({ compilerOptions: { css: 'injected' } })],
  define: {
    __DATASET_VERSION__: JSON.stringify(version),
    __CITATION__: JSON.stringify(citation),
  },
  optimizeDeps: { noDiscovery: true, include: [] },
});
type Site = typeof import('../src/lib/static/renderSite.ts');
const site = (await vite.ssrLoadModule('/src/lib/static/renderSite.ts')) as Site;
const { COMPONENTS: C, renderComponent } = site;

const styles = new Set<string>();
/** Render a component; keep its CSS for static.css. */
function html<P extends Record<string, unknown>>(
  component: Parameters<typeof renderComponent<P>>[0],
  props: P,
): string {
  const { body, css } = renderComponent(component, props);
  css.forEach((c) => styles.add(c));
  return body;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A static page: the site's header and footer around `body`, strict CSP, no script at all. */
function page(path: string, title: string, description: string, body: string): string {
  const root = rootFrom(path);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="description" content="${esc(description)}">
<link rel="icon" href="data:,">
<title>${esc(title)} · ${SITE_NAME}</title>
<link rel="stylesheet" href="${root}static.css">
</head>
<body>
<header class="site">
<p class="brand"><a href="${root}">${SITE_NAME}</a></p>
<nav aria-label="Site"><a href="${root}">Dashboard</a><a href="${root}${COUNTRIES_PATH}">Countries</a><a href="${root}${COMPANIES_PATH}">Companies</a><a href="${root}${RECORDS_PATH}">All records</a><a href="${root}data/README.md">Data and methodology</a></nav>
<p class="print-only">${SITE_NAME} · dataset version ${esc(version)} · printed from ${esc(siteUrl() + path || path)} · page built ${built}</p>
</header>
<main id="content">
${body}
</main>
<footer class="site"><p>Dataset version ${esc(version)}, built ${built}. Data licensed CC BY 4.0, code MIT. This site loads nothing from other servers and sets no cookies.</p></footer>
</body>
</html>
`;
}

function write(path: string, content: string): void {
  const file = join(OUT, path, path.endsWith('/') || path === '' ? 'index.html' : '');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

const cite = (path: string, title: string): PageCitation => ({
  title,
  version,
  url: siteUrl() ? `${siteUrl()}${path}` : path,
  date: built,
});

const byRecipient = new Map<string, Transfer[]>();
for (const t of dataset.transfers) {
  byRecipient.set(t.recipientIso3, [...(byRecipient.get(t.recipientIso3) ?? []), t]);
}
const newestFirst = (a: Transfer, b: Transfer) =>
  b.yearStart - a.yearStart || a.id.localeCompare(b.id);
let pages = 0;

// Countries: every recipient, plus every country the map can show with no records.
for (const [iso3, records] of byRecipient) {
  const path = countryPath(iso3);
  const title = `${countryName(iso3)}: surveillance technology supplied to its government`;
  const body = html(C.CountryPage, {
    iso3,
    records: [...records].sort(newestFirst),
    index,
    root: rootFrom(path),
    citation: cite(path, title),
  });
  write(path, page(path, countryName(iso3), title, body));
  pages++;
}
for (const company of dataset.companies) {
  const path = companyPath(company.id);
  const group = index.groups.get(company.id) ?? new Set([company.id]);
  const records = dataset.transfers.filter((t) => group.has(t.supplierId)).sort(newestFirst);
  const title = `${company.name}: recorded sales of surveillance technology to governments`;
  const body = html(C.CompanyPage, {
    company,
    records,
    index,
    root: rootFrom(path),
    citation: cite(path, title),
  });
  write(path, page(path, company.name, title, body));
  pages++;
}
for (const record of dataset.transfers) {
  const path = recordPath(record.id);
  const supplier = index.companies.get(record.supplierId)?.name ?? record.supplierId;
  const title = `${supplier} → ${countryName(record.recipientIso3)} (${record.id})`;
  const body = html(C.RecordPage, {
    record,
    index,
    root: rootFrom(path),
    citation: cite(path, title),
  });
  write(path, page(path, title, record.summary, body));
  pages++;
}
const countries = [...byRecipient]
  .map(([iso3, r]) => ({ href: iso3 + '/', label: countryName(iso3), count: r.length }))
  .sort((a, b) => a.label.localeCompare(b.label));
write(
  COUNTRIES_PATH,
  page(
    COUNTRIES_PATH,
    'Recipient countries',
    'Every country whose government is recorded as acquiring surveillance technology.',
    html(C.ListPage, {
      title: 'Recipient countries',
      intro: `${countries.length} countries whose state bodies are recorded as acquiring surveillance technology, with their number of records.`,
      items: countries,
    }),
  ),
);
const companies = dataset.companies
  .map((c) => ({
    href: `${c.id}/`,
    label: c.name,
    count: dataset.transfers.filter((t) => (index.groups.get(c.id) ?? new Set()).has(t.supplierId))
      .length,
    note: `${countryName(c.hqIso3)}${index.listings.has(c.id) ? ' · listed' : ''}`,
  }))
  .sort((a, b) => a.label.localeCompare(b.label));
write(
  COMPANIES_PATH,
  page(
    COMPANIES_PATH,
    'Companies',
    'Every supplier in the register.',
    html(C.ListPage, {
      title: 'Companies',
      intro: `${companies.length} companies, with their records (subsidiaries included) and headquarters; "listed" marks a sanctions or export-control listing.`,
      items: companies,
    }),
  ),
);
write(
  RECORDS_PATH,
  page(
    RECORDS_PATH,
    'All records',
    'Every record of the register in one table.',
    `<h1>All records</h1>\n${html(C.RecordsTable, {
      records: [...dataset.transfers].sort(newestFirst),
      index,
      root: rootFrom(RECORDS_PATH),
    })}`,
  ),
);
pages += 3;

// The dashboard's first screen, rendered with the whole dataset, and the links for readers
// without JavaScript; the live app replaces it (src/main.ts).
const home = renderComponent(C.App, { initial: { result: { dataset, problems }, map } });
const counts = new Map([...byRecipient].map(([k, v]) => [k, v.length]));
const browse = html(C.BrowseLinks, { index, counts });
const indexFile = join(OUT, 'index.html');
const shell = readFileSync(indexFile, 'utf8');
if (!shell.includes('<div id="app"></div>')) {
  console.error('prerender: dist/index.html has no empty #app element (already prerendered?)');
  process.exit(1);
}
writeFileSync(
  indexFile,
  shell
    .replace('<div id="app"></div>', `<div id="app" data-prerendered>${home.body}${browse}</div>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, ''),
);

// What's new: an Atom feed of the records added or changed in each release.
const encoder = new TextEncoder();
writeFileSync(
  join(OUT, 'feed.xml'),
  buildFeed(
    {
      siteName: SITE_NAME,
      siteUrl: siteUrl(),
      authors: citation.authors,
      records: dataset.transfers.map((t) => ({
        id: t.id,
        title: `${index.companies.get(t.supplierId)?.name ?? t.supplierId} → ${countryName(t.recipientIso3)}${t.product ? ` (${t.product})` : ''}`,
        summary: t.summary,
        firstRelease: t.firstRelease ?? null,
      })),
      changelog: parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8')),
      built,
    },
    (s) => sha256Hex(encoder.encode(s)),
  ),
);

writeFileSync(
  join(OUT, 'static.css'),
  [readFileSync('src/lib/static/static.css', 'utf8'), ...styles].join('\n'),
);
await vite.close();
console.log(
  `prerender: first screen and ${pages} static pages in ${OUT}/ (${Math.round(performance.now() - started)} ms)`,
);
