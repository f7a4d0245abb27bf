import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { indexDataset } from '../../src/lib/model/datasetIndex';
import { filterTransfers } from '../reference/filterTransfers';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters';
import { loadFolder } from '../helpers/loadFolder';

const { dataset } = await loadFolder('data');
const index = indexDataset(dataset);
const expected = (f: Partial<Filters>) => filterTransfers(index, { ...NO_FILTERS, ...f }).length;

function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.push(`foreign request: ${url}`);
    }
  });
  return problems;
}

const count = (page: Page) => page.locator('[data-match-count]');

test("a policymaker's walk-through: country, source, filters, permalink, download", async ({
  page,
  context,
  baseURL,
}) => {
  const problems = watch(page, new URL(baseURL ?? '').origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // Open the site and select a country on the map.
  await page.goto('/');
  await expect(count(page)).toHaveAttribute('data-match-count', String(dataset.transfers.length));
  await page.locator('path[data-iso3="ETH"]').click();
  await expect(page).toHaveURL(/[?&]country=ETH/);
  const countryView = page.locator('[data-country-view="ETH"]');
  await expect(countryView.getByRole('heading', { name: 'Ethiopia', level: 2 })).toBeVisible();
  await expect(count(page)).toHaveAttribute(
    'data-match-count',
    String(expected({ country: 'ETH' })),
  );
  await page.screenshot({ path: 'test-results/walkthrough-country.png', fullPage: true });

  // Read a record's source link: a real http(s) address that opens safely.
  const link = countryView.locator('[data-record-id] a[data-source-link]').first();
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

  // Filter to spyware between 2015 and 2020, for every country.
  await countryView.getByRole('button', { name: 'Close country' }).click();
  await page.getByRole('checkbox', { name: 'Spyware', exact: true }).check();
  await page.getByRole('spinbutton', { name: 'From' }).fill('2015');
  await page.getByRole('spinbutton', { name: 'From' }).press('Tab');
  await page.getByRole('spinbutton', { name: 'To' }).fill('2020');
  await page.getByRole('spinbutton', { name: 'To' }).press('Tab');
  const spyware = expected({ tech: ['spyware'], from: 2015, to: 2020 });
  expect(spyware).toBeGreaterThan(0);
  await expect(count(page)).toHaveAttribute('data-match-count', String(spyware));
  await expect(page).toHaveURL(/tech=spyware/);
  await expect(page).toHaveURL(/from=2015/);
  await expect(page).toHaveURL(/to=2020/);

  // Copy the URL and reload it: the same view.
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const again = await context.newPage();
  await again.goto(copied);
  await expect(count(again)).toHaveAttribute('data-match-count', String(spyware));
  await expect(again.getByRole('checkbox', { name: 'Spyware', exact: true })).toBeChecked();
  await expect(again.getByRole('spinbutton', { name: 'From' })).toHaveValue('2015');
  await expect(again.getByRole('spinbutton', { name: 'To' })).toHaveValue('2020');
  await again.close();

  // Download the CSV: as many rows as the page says match.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download \d+ matching record/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^surveillance-transfers-v\d+\.\d+\.\d+-filtered\.csv$/,
  );
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows).toHaveLength(spyware);
  for (const row of rows) expect(row.technologies).toContain('spyware');
  for (const row of rows) expect(row.source_urls).toMatch(/^https?:\/\//);

  expect(problems).toEqual([]);
});

test('Back and Forward restore earlier views', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-view="table"]').click();
  await page.getByRole('checkbox', { name: 'Spyware', exact: true }).check();
  await expect(count(page)).toHaveAttribute(
    'data-match-count',
    String(expected({ tech: ['spyware'] })),
  );
  await page.goBack();
  await expect(count(page)).toHaveAttribute('data-match-count', String(dataset.transfers.length));
  await expect(page.locator('[data-record-table]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-view="map"]')).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(page.locator('[data-record-table]')).toBeVisible();
});

test('malformed or unknown permalink values are ignored', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL ?? '').origin);
  await page.goto(
    '/?country=zz&supplier=XXX,CHN&tech=<b>,spyware&from=abc&to=2020&view=globe&record=nope&company=ghost',
  );
  await expect(count(page)).toHaveAttribute(
    'data-match-count',
    String(expected({ supplier: ['CHN'], tech: ['spyware'], to: 2020 })),
  );
  await expect(page.locator('[data-view="map"]')).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});

test('the map works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const first = page.locator('svg [tabindex="0"][data-iso3]').first();
  await first.focus();
  await expect(page.locator('[data-map-tooltip]')).toBeVisible();
  const iso3 = await first.getAttribute('data-iso3');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`country=${iso3}`));
  await expect(page.locator(`[data-country-view="${iso3}"]`)).toBeVisible();
  await expect(page.locator('#country-title')).toBeFocused();
});

test('every view renders at desktop and phone widths without errors', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL ?? '').origin);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const query of [
      '?country=VEN',
      '?view=flows',
      '?view=table&tech=spyware',
      '?view=about',
      '?company=cetc',
      '?record=nso-group-mex-pegasus',
    ]) {
      await page.goto(`/${query}`);
      await expect(count(page)).toBeVisible();
      const name = `${query.slice(1).replace(/[^a-z0-9]+/gi, '-')}-${width}`;
      await page.screenshot({ path: `test-results/views/${name}.png`, fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${query} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
  await expect(page.locator('[data-record-view="nso-group-mex-pegasus"]')).toBeVisible();
  expect(problems).toEqual([]);
});
