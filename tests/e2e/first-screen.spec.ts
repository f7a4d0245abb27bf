import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadFolder } from '../helpers/loadFolder';
import { releasedManifest } from '../helpers/releasedManifest';

/** Collect console errors, page errors and requests that leave the site's origin. */
function watch(page: Page, origin: string) {
  const consoleErrors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return { consoleErrors, foreign };
}

test('the first screen draws the map and states the record count', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const seen = watch(page, origin);
  const { dataset } = await loadFolder('data');

  await page.goto('/');
  const count = page.locator('[data-match-count]');
  await expect(count).toBeVisible();
  await expect(count).toHaveAttribute('data-match-count', String(dataset.transfers.length));
  await expect(count).toHaveText(String(dataset.transfers.length));

  const shapes = page.locator('svg path[data-iso3]');
  expect(await shapes.count()).toBeGreaterThanOrEqual(150);
  // Every recipient that has a shape in the 110m atlas is filled from the palette, not hatched.
  const recipients = [...new Set(dataset.transfers.map((t) => t.recipientIso3))];
  for (const iso3 of recipients) {
    const shape = page.locator(`path[data-iso3="${iso3}"]`);
    if ((await shape.count()) === 0) continue;
    expect(await shape.first().getAttribute('fill')).toMatch(/^#/);
  }
  await expect(page.locator('path[data-iso3="ATA"]')).toHaveCount(0);
  // Every recipient is on the map: a shape, or a dot for small states missing from the 110m atlas.
  for (const iso3 of recipients) {
    await expect(page.locator(`svg [data-iso3="${iso3}"]`).first()).toBeAttached();
  }
  await expect(page.locator('circle[data-small-state][data-iso3="BHR"]')).toBeVisible();

  await page.screenshot({ path: 'test-results/first-screen.png', fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: 'test-results/first-screen-375.png', fullPage: true });

  expect(seen.foreign, 'requests outside the site').toEqual([]);
  expect(seen.consoleErrors, 'console errors').toEqual([]);
});

test('a missing data file shows a clear error, not a blank page', async ({ page }) => {
  await page.route('**/data/transfers.csv', (route) =>
    route.fulfill({ status: 500, body: 'down' }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not load its data');
  await expect(alert).toContainText('transfers.csv could not be loaded (HTTP 500)');
});

test('invalid rows are listed with file and line, and left out of the count', async ({ page }) => {
  const { dataset } = await loadFolder('data');
  const broken =
    readFileSync('data/transfers.csv', 'utf8').replace(/\r?\n?$/, '\n') + 'bad row,nsa,XXX\n';
  await page.route('**/data/transfers.csv', async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, body: broken });
  });
  // Released as edited, so the release check has nothing to say and the bad row is the one problem.
  await page.route('**/data/datapackage.json', async (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: await releasedManifest({ 'transfers.csv': broken }),
    }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset has 1 problem');
  await expect(alert).toContainText(`data/transfers.csv:${dataset.transfers.length + 2}:`);
  await expect(page.locator('[data-match-count]')).toHaveAttribute(
    'data-match-count',
    String(dataset.transfers.length),
  );
});
