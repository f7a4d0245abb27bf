// Issue 14 in the browser: an HTML page answered for a CSV file (3), a file that does not match its
// release (4), years out of the data's range (6) and a request that never answers (9).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadFolder } from '../helpers/loadFolder';

/** Console errors and uncaught page errors. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return errors;
}

const HTML = '<!doctype html>\n<html><head><title>Tracker</title></head><body></body></html>\n';

test('an HTML page answered for a CSV file is named as such, first, with the rest counted', async ({
  page,
}) => {
  const { dataset } = await loadFolder('data');
  const companies = dataset.companies.length;
  // What a host with a single-page-app fallback does for a missing file: the page, status 200.
  await page.route('**/data/companies.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HTML }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  const first = alert.locator('li').first();
  await expect(first).toContainText(
    'data/companies.csv:1: the file is not CSV: the server sent a web page (text/html) in its place',
  );
  await expect(alert.locator('[data-file-problems]')).toContainText(
    'A whole file is affected (listed first): the',
  );
  await expect(alert.locator('[data-file-problems]')).toContainText('may follow from it');
  await expect(page.locator('[data-match-count]')).toHaveAttribute('data-match-count', '0');
  expect(companies).toBeGreaterThan(0);

  // Served as CSV but an HTML page all the same: the leading "<" gives it away.
  await page.route('**/data/companies.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: HTML }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert').locator('li').first()).toContainText(
    'data/companies.csv:1: the file is not CSV: it starts with "<", like an HTML page',
  );
});

test('a file that does not match its release is said plainly; the released data says nothing', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.locator('[data-match-count]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Cut at a line end: every remaining row is valid, only the release check can tell.
  const lines = readFileSync('data/transfers.csv', 'utf8').split('\n');
  const cut = lines.slice(0, 101).join('\n') + '\n';
  await page.route('**/data/transfers.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: cut }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert.locator('li').first()).toContainText(
    'data/transfers.csv:1: the file does not match its release in datapackage.json: this copy has',
  );
  // The release's figures, as data/datapackage.json records them.
  const released = (
    JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
      resources: { path: string; bytes: number; rows: number }[];
    }
  ).resources.find((r) => r.path === 'transfers.csv');
  await expect(alert.locator('li').first()).toContainText(
    `and 100 rows, the release ${released?.bytes.toLocaleString('en-US')} bytes and ${released?.rows.toLocaleString('en-US')} rows; it is shorter than the released file, probably truncated`,
  );
  expect(errors).toEqual([]);
});

test('years beyond the data are clamped to its range, with no console error', async ({ page }) => {
  const { dataset } = await loadFolder('data');
  const years = dataset.transfers.map((t) => t.yearStart);
  const [min, max] = [Math.min(...years), Math.max(...years)];
  const count = (from: number, to: number) =>
    String(dataset.transfers.filter((t) => t.yearStart >= from && t.yearStart <= to).length);
  const errors = watchErrors(page);

  await page.goto('/?from=2099');
  await expect(page.locator('[data-match-count]')).toHaveAttribute(
    'data-match-count',
    count(max, max),
  );
  await expect(page.locator('input[name="from"]')).toHaveValue(String(max));

  await page.goto('/?to=1980');
  await expect(page.locator('[data-match-count]')).toHaveAttribute(
    'data-match-count',
    count(min, min),
  );
  await expect(page.locator('input[name="to"]')).toHaveValue(String(min));

  await page.goto('/?from=2099&to=1980');
  await expect(page.locator('[data-match-count]')).toHaveAttribute(
    'data-match-count',
    count(min, max),
  );
  expect(errors).toEqual([]);
});

test('a reversed range typed into the panel is swapped in the state and the permalink', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/?from=2015');
  await expect(page.locator('[data-match-count]')).toBeVisible();
  const to = page.locator('input[name="to"]');
  await to.fill('2012');
  await to.press('Enter');
  await to.blur();
  await expect(page).toHaveURL(/[?&]from=2012&to=2015(&|$)/);
  await expect(page.locator('input[name="from"]')).toHaveValue('2012');
  await expect(to).toHaveValue('2015');
  expect(errors).toEqual([]);
});

test('a data request that never answers times out with a clear message and a Retry', async ({
  page,
}) => {
  // Test-only hook: a 1 s timeout instead of 20 s.
  await page.addInitScript(() => {
    (window as unknown as { __trackerDataTimeoutMs: number }).__trackerDataTimeoutMs = 1000;
  });
  const { dataset } = await loadFolder('data');
  let hang = true;
  await page.route('**/data/transfers.csv*', async (route) => {
    if (hang) return; // never answered
    await route.continue();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The tracker could not load its data');
  await expect(alert.locator('[data-load-error]')).toHaveText(
    "The data did not arrive within 1 second: the site's server or the connection may be slow or down.",
  );
  await expect(page.getByText('Loading the dataset')).toHaveCount(0);

  hang = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-match-count]')).toHaveAttribute(
    'data-match-count',
    String(dataset.transfers.length),
  );
});
