/**
 * `npm run bench`: build the site, generate synthetic datasets of 1,000, 10,000 and 100,000
 * transfers (in bench/out/, never in data/), serve each build on 127.0.0.1 and measure it in
 * headless Chromium, and time the validator in Node. Prints one table and writes bench/results.json.
 * Figures, not tests: nothing here fails because a machine is slow.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { REQUIRED_COLUMNS } from '../../src/lib/data/requiredColumns';
import { ALL_DATA_FILES } from '../../src/lib/data/schema';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { updateManifest } from '../updateManifest';
import { generateDataset } from './generateDataset';

interface Row {
  records: number;
  bytes: Record<string, { rawKb: number; gzipKb: number }>;
  appGzipKb: number;
  firstMapMs: number;
  firstMapSlow4xMs: number;
  filterP50Ms: number;
  filterP95Ms: number;
  heapMb: number;
  validateNodeMs: number;
}

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OUT = 'bench/out';
const BUDGET = {
  appKb: 60,
  firstMapMs: 400,
  firstMapSlowMs: 1000,
  filterP95_10k: 16,
  filterP95_100k: 100,
  validate100kMs: 2000,
};

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ??
  NaN;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
};

/** A static file server for one build folder, on a free loopback port. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'Content-Type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Bytes {
  raw: number;
  gzip: number;
}
type Kind = 'js' | 'css' | 'data' | 'geometry' | 'html';

async function measureSite(browser: Browser, url: string, root: string) {
  // Bytes of the first view, by kind.
  const bytes: Record<Kind, Bytes> = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    data: { raw: 0, gzip: 0 },
    geometry: { raw: 0, gzip: 0 },
    html: { raw: 0, gzip: 0 },
  };
  {
    // Sizes come from the files on disk for every URL the first view requested (response bodies
    // of a worker are gone once it ends).
    const page = await browser.newPage();
    const urls = new Set<string>();
    page.on('request', (r) => urls.add(r.url()));
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
      timeout: 120_000,
    });
    await page.close();
    for (const u of urls) {
      const path = new URL(u).pathname;
      if (!u.startsWith(url)) continue;
      const kind: Kind = path.includes('/data/')
        ? 'data'
        : path.includes('countries-110m') || path.includes('world-map')
          ? 'geometry'
          : path.endsWith('.js')
            ? 'js'
            : path.endsWith('.css')
              ? 'css'
              : 'html';
      try {
        const body = readFileSync(join(root, path.endsWith('/') ? `${path}index.html` : path));
        bytes[kind].raw += body.length;
        bytes[kind].gzip += gzipSync(body).length;
      } catch {
        // not a file of the build (e.g. a 404): nothing to count
      }
    }
  }

  // Time to the first map with data, normal and with 4x CPU slowdown.
  const firstMap = async (rate: number) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
        timeout: 300_000,
      });
      times.push(
        await page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN),
      );
      await context.close();
    }
    return times;
  };
  const normal = await firstMap(1);
  const slow = await firstMap(4);

  // Filter changes: toggle technology checkboxes 50 times; time until count, map and timeline are
  // updated and laid out. Heap after load.
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 120_000,
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  // A string, not a function: the TypeScript runner would inject helpers the page does not have.
  const filter = (await page.evaluate(`(async () => {
    const boxes = [...document.querySelectorAll('input[name="tech"]')];
    const out = [];
    // A macrotask yield without the 4 ms clamp of nested setTimeout.
    const yieldTask = () => new Promise((r) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => r();
      c.port2.postMessage(0);
    });
    for (let i = 0; i < 50; i++) {
      const box = boxes[i % boxes.length];
      if (!box) break;
      const t0 = performance.now();
      box.click();
      await yieldTask(); // Svelte's batched update has run
      void document.body.offsetHeight; // style and layout
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  })()`)) as number[];
  await page.close();
  return { bytes, normal, slow, filter, heap };
}

/** One build's first screen: when the map with data is painted, and when the live app is ready. */
async function firstScreenOf(browser: Browser, name: string, root: string, prerendered: boolean) {
  const server = await serve(root);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const requested = new Set<string>();
  const runs = async (rate: number) => {
    const map: number[] = [];
    const live: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('request', (r) => requested.add(new URL(r.url()).pathname));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
        timeout: 300_000,
      });
      // A string, not a function: the TypeScript runner would inject helpers the page lacks.
      const t = (await page.evaluate(`(() => {
        const ready = performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        return { ready, fcp };
      })()`)) as { ready: number; fcp: number };
      // Prerendered, the map with data is in the HTML, so it shows at the first paint.
      map.push(prerendered ? t.fcp : t.ready);
      live.push(t.ready);
      await context.close();
    }
    return { map, live };
  };
  const normal = await runs(1);
  const slow = await runs(4);
  // Bytes of the app code the first view requested: scripts and styles (the page's HTML apart).
  let gzip = 0;
  for (const path of requested) {
    if (/\.(js|css)$/.test(path)) gzip += gzipSync(readFileSync(join(root, path))).length;
  }
  server.close();
  return {
    name,
    firstMapMs: round(median(normal.map), 0),
    firstMapSlow4xMs: round(median(slow.map), 0),
    liveMs: round(median(normal.live), 0),
    liveSlow4xMs: round(median(slow.live), 0),
    firstViewGzipKb: round(gzip / 1024),
  };
}

/** The prerendered site against the client-only build of the same data, and with JavaScript off. */
async function compareFirstScreen(browser: Browser, clientOnly: string, prerendered: string) {
  const a = await firstScreenOf(browser, 'client-only', clientOnly, false);
  const b = await firstScreenOf(browser, 'prerendered', prerendered, true);
  const server = await serve(prerendered);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const noJs = {
    shapes: await page.locator('path[data-iso3]').count(),
    count: Number(
      await page.locator('[data-match-count]').first().getAttribute('data-match-count'),
    ),
  };
  await context.close();
  server.close();
  return {
    clientOnly: a,
    prerendered: b,
    ratio: round(b.firstMapMs / a.firstMapMs, 2),
    ratioSlow4x: round(b.firstMapSlow4xMs / a.firstMapSlow4xMs, 2),
    noJs,
  };
}

async function main() {
  const browserPath = chromiumPath();
  if (!browserPath) {
    console.error(
      "bench: no Chromium found; install Debian's chromium (apt-get install -y chromium)",
    );
    process.exit(1);
  }
  console.error('bench: building the site, client-only and prerendered');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const clientOnly = join(OUT, 'client-only');
  rmSync(clientOnly, { recursive: true, force: true });
  cpSync('dist', clientOnly, { recursive: true });
  const pre = spawnSync('npx', ['tsx', 'scripts/prerender.ts'], { stdio: 'inherit' });
  if (pre.status !== 0) process.exit(pre.status ?? 1);
  const prerendered = join(OUT, 'prerendered');
  rmSync(prerendered, { recursive: true, force: true });
  cpSync('dist', prerendered, { recursive: true });

  const browser = await chromium.launch({
    executablePath: browserPath,
    args: CHROMIUM_ARGS,
  });
  const firstScreen = await compareFirstScreen(browser, clientOnly, prerendered);
  const rows: Row[] = [];
  for (const n of SIZES) {
    const dataDir = join(OUT, `data-${n}`);
    const siteDir = join(OUT, `site-${n}`);
    console.error(`bench: ${n} records`);
    rmSync(OUT + `/site-${n}`, { recursive: true, force: true });
    generateDataset(n, dataDir);
    mkdirSync(siteDir, { recursive: true });
    // The synthetic sizes measure the live app: the client-only build, whose page has no
    // prerendered copy of the real dataset.
    cpSync(clientOnly, siteDir, { recursive: true });
    for (const f of ALL_DATA_FILES) {
      // The synthetic set has no regime ratings: the real ones would cite sources it lacks.
      if (existsSync(join(dataDir, f))) cpSync(join(dataDir, f), join(siteDir, 'data', f));
      else writeFileSync(join(siteDir, 'data', f), `${REQUIRED_COLUMNS[f].join(',')}\n`);
    }
    // The synthetic files are this site's release: record them, or the page reports a mismatch.
    await updateManifest(join(siteDir, 'data'));

    const validate: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = await loadDataset(async (f) =>
        existsSync(join(dataDir, f)) ? readFileSync(join(dataDir, f)) : null,
      );
      validate.push(performance.now() - t0);
      if (r.problems.some((p) => p.severity === 'error'))
        throw new Error(`synthetic ${n} is invalid: ${r.problems[0]?.message}`);
    }
    const server = await serve(siteDir);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const m = await measureSite(browser, url, siteDir);
    server.close();
    rows.push({
      records: n,
      bytes: Object.fromEntries(
        Object.entries(m.bytes).map(([k, v]) => [
          k,
          { rawKb: round(v.raw / 1024), gzipKb: round(v.gzip / 1024) },
        ]),
      ),
      appGzipKb: round((m.bytes.js.gzip + m.bytes.css.gzip) / 1024),
      firstMapMs: round(median(m.normal), 0),
      firstMapSlow4xMs: round(median(m.slow), 0),
      filterP50Ms: round(pct(m.filter, 50)),
      filterP95Ms: round(pct(m.filter, 95)),
      heapMb: round(m.heap / 1048576),
      validateNodeMs: round(median(validate), 0),
    });
  }
  await browser.close();

  const at = (n: number) => rows.find((r) => r.records === n);
  const verdict = (value: number | undefined, budget: number) =>
    value === undefined ? 'n/a' : value <= budget ? 'met' : 'MISSED';
  const budgets = {
    appGzipKb: {
      budget: BUDGET.appKb,
      value: at(SIZES[0] ?? 1000)?.appGzipKb,
      verdict: verdict(at(SIZES[0] ?? 1000)?.appGzipKb, BUDGET.appKb),
    },
    firstMap1k: {
      budget: BUDGET.firstMapMs,
      value: at(1000)?.firstMapMs,
      verdict: verdict(at(1000)?.firstMapMs, BUDGET.firstMapMs),
    },
    firstMap1kSlow4x: {
      budget: BUDGET.firstMapSlowMs,
      value: at(1000)?.firstMapSlow4xMs,
      verdict: verdict(at(1000)?.firstMapSlow4xMs, BUDGET.firstMapSlowMs),
    },
    filterP95_10k: {
      budget: BUDGET.filterP95_10k,
      value: at(10000)?.filterP95Ms,
      verdict: verdict(at(10000)?.filterP95Ms, BUDGET.filterP95_10k),
    },
    filterP95_100k: {
      budget: BUDGET.filterP95_100k,
      value: at(100000)?.filterP95Ms,
      verdict: verdict(at(100000)?.filterP95Ms, BUDGET.filterP95_100k),
    },
    validate100k: {
      budget: BUDGET.validate100kMs,
      value: at(100000)?.validateNodeMs,
      verdict: verdict(at(100000)?.validateNodeMs, BUDGET.validate100kMs),
    },
  };
  const result = {
    firstScreen,
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, node ${process.version}`,
    runs: RUNS,
    rows,
    budgets,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(result, null, 2) + '\n');

  const cols = [
    'records',
    'JS kB gz',
    'CSS kB gz',
    'data kB gz',
    'geo kB gz',
    'first map ms',
    '4x slow ms',
    'filter p50',
    'filter p95',
    'heap MB',
    'validate ms',
  ];
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  console.log(line(cols));
  console.log(line(cols.map(() => '---')));
  for (const r of rows) {
    const b = r.bytes as Record<Kind, { gzipKb: number }>;
    console.log(
      line([
        r.records,
        b.js.gzipKb,
        b.css.gzipKb,
        b.data.gzipKb,
        b.geometry.gzipKb,
        r.firstMapMs,
        r.firstMapSlow4xMs,
        r.filterP50Ms,
        r.filterP95Ms,
        r.heapMb,
        r.validateNodeMs,
      ]),
    );
  }
  console.log('');
  for (const [k, v] of Object.entries(budgets))
    console.log(
      `${k.padEnd(18)} ${String(v.value).padStart(8)}  budget ${String(v.budget).padStart(5)}  ${v.verdict}`,
    );
  console.log('\nfirst screen on the real dataset (median ms; first map = map with data painted)');
  console.log(line(['build', 'first map', '4x slow', 'live app', 'live 4x', 'JS+CSS kB gz']));
  console.log(line(['---', '---', '---', '---', '---', '---']));
  for (const b of [firstScreen.clientOnly, firstScreen.prerendered]) {
    console.log(
      line([b.name, b.firstMapMs, b.firstMapSlow4xMs, b.liveMs, b.liveSlow4xMs, b.firstViewGzipKb]),
    );
  }
  console.log(
    `prerendered / client-only first map: ${firstScreen.ratio} (4x slow: ${firstScreen.ratioSlow4x})`,
  );
  console.log(
    `JavaScript off, prerendered home: ${firstScreen.noJs.shapes} country shapes, count ${firstScreen.noJs.count}`,
  );
  console.log('\nwritten: bench/results.json');
}

await main();
