import { existsSync, readFileSync } from 'node:fs';
import { REQUIRED_COLUMNS } from '../../src/lib/data/requiredColumns';
import type { DataFile } from '../../src/lib/data/schema';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { loadDataset } from '../../src/lib/data/loadDataset';

const HOSTILE = 'tests/fixtures/hostile';

/** Serve a fixture folder (or texts) in place of the site's data files; watch for anything running. */
async function serve(page: Page, files: (name: string) => string | null) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.route('**/data/*.csv', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = files(name);
    await route.fulfill(
      body === null
        ? { status: 404, body: 'not found' }
        : { status: 200, contentType: 'text/csv; charset=utf-8', body },
    );
  });
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** A hostile fixture file; the optional policy files it does not have are served empty. */
const fixture = (name: string) =>
  existsSync(join(HOSTILE, name))
    ? readFileSync(join(HOSTILE, name), 'utf8')
    : name in REQUIRED_COLUMNS
      ? `${REQUIRED_COLUMNS[name as DataFile].join(',')}\n`
      : null;

/** Nothing injected ran, no CSP violation, and no link leads to a script or data URL. */
async function expectInert(page: Page, problems: string[]) {
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
  expect(
    await page.locator('main img, main script, main b, main iframe, main object').count(),
  ).toBe(0);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href, href).toMatch(/^(https?:|blob:)/);
  expect(problems).toEqual([]);
}

test('hostile text renders as inert text in cards, tooltip, table and problem list', async ({
  page,
}) => {
  const problems = await serve(page, fixture);

  await page.goto('/?record=hostile-one');
  const card = page.locator('[data-record-view] [data-record-id="hostile-one"]');
  await expect(card).toContainText(
    'Summary <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>',
  );
  await expect(card).toContainText('Product <img src=x');
  await expect(card).toContainText('Entity <script>');
  // A right-to-left override in a name stays inside its own isolate.
  const name = card.locator('bdi', { hasText: 'Evil <img' }).first();
  await expect(name).toBeVisible();
  // The source URL with markup in its query is an attribute value, not markup.
  await expect(card.locator('a[data-source-link]').first()).toHaveAttribute(
    'href',
    'https://example.org/a?x=%22%3E%3Cscript%3Ewindow.__pwned=4%3C/script%3E',
  );

  // The rejected rows are listed, with their raw values shown as text.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('url "javascript:window.__pwned=5" is not an http(s) URL');
  await expect(alert).toContainText(
    'archive_url "data:text/html,<script>window.__pwned=6</script>"',
  );
  await expect(page.locator('[data-match-count]')).toHaveAttribute('data-match-count', '2');
  await expectInert(page, problems);

  // Tooltip.
  await page.locator('path[data-iso3="MEX"]').focus();
  const tip = page.locator('[data-map-tooltip]');
  await expect(tip).toContainText('Evil <img src=x onerror="window.__pwned=1"> Co');
  await expect(tip.locator('img')).toHaveCount(0);

  // Table, with its search.
  await page.goto('/?view=table');
  const table = page.locator('[data-record-table]');
  await expect(table).toContainText('Summary <img src=x onerror=');
  await expect(table.locator('img, script')).toHaveCount(0);
  await page.getByLabel('Search the records').fill('<script>');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toHaveAttribute('data-record-id', 'hostile-one');
  await expectInert(page, problems);
});

test('very long strings do not break the layout at any width', async ({ page }) => {
  const problems = await serve(page, fixture);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const q of ['?country=ETH', '?view=table', '?record=hostile-two', '?company=long-co']) {
      await page.goto(`/${q}`);
      await expect(page.locator('[data-match-count]')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${q} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
  await expectInert(page, problems);
});

test('the CSV download carries hostile text verbatim, with formulas defused', async ({ page }) => {
  const problems = await serve(page, fixture);
  await page.goto('/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-download-csv]').click(),
  ]);
  const text = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\ufeff/, '');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows).toHaveLength(2);
  const one = rows.find((r) => r.id === 'hostile-one');
  expect(one?.summary).toContain('<img src=x onerror="window.__pwned=1">');
  expect(one?.summary).toContain('\u202Eevil\u202C');
  const two = rows.find((r) => r.id === 'hostile-two');
  expect(two?.summary?.startsWith("'=cmd")).toBe(true);
  await expectInert(page, problems);
});

test('a truncated data file: the valid part shows, the broken line is named', async ({ page }) => {
  const full = readFileSync('data/transfers.csv', 'utf8');
  const cut = full.slice(0, Math.floor(full.length * 0.6));
  const truncated = (name: string) =>
    name === 'transfers.csv' ? cut : readFileSync(join('data', name), 'utf8');
  const expected = await loadDataset(async (f) => truncated(f));
  const problems = await serve(page, truncated);
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset has');
  const first = expected.problems.find((p) => p.severity === 'error');
  await expect(alert).toContainText(`data/transfers.csv:${first?.line}:`);
  await expect(page.locator('[data-match-count]')).toHaveAttribute(
    'data-match-count',
    String(expected.dataset.transfers.length),
  );
  expect(expected.dataset.transfers.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('garbage or missing data files give a clear message, never a blank page', async ({ page }) => {
  const problems = await serve(page, (name) =>
    name === 'sources.csv'
      ? null
      : name === 'transfers.csv'
        ? '\u0000\u0001"""\n,,\r\n"x'
        : readFileSync(join('data', name), 'utf8'),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('required file sources.csv is missing');
  await expect(page.locator('[data-match-count]')).toHaveAttribute('data-match-count', '0');
  // The browser itself logs the 404 of the missing file; nothing else may go wrong.
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});
