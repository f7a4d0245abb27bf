import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadFolder } from '../helpers/loadFolder';

const { dataset } = await loadFolder('data');
const { version } = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
  version: string;
};
const ethiopia = dataset.transfers.filter((t) => t.recipientIso3 === 'ETH');
const record = dataset.transfers[0];

function errors(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => m.type() === 'error' && out.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => out.push(`page: ${e.message}`));
  return out;
}

test.describe('with JavaScript off (Tor Browser, Safest)', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows the map, the count and a way to every country', async ({ page }) => {
    const problems = errors(page);
    await page.goto('/');
    expect(await page.locator('path[data-iso3]').count()).toBeGreaterThanOrEqual(150);
    await expect(page.locator('[data-match-count]').first()).toHaveAttribute(
      'data-match-count',
      String(dataset.transfers.length),
    );
    await expect(page.getByRole('heading', { name: /Records per year/ })).toBeVisible();
    const list = page.locator('[data-country-list] a');
    expect(await list.count()).toBe(new Set(dataset.transfers.map((t) => t.recipientIso3)).size);
    await page.locator('[data-country-list] a', { hasText: 'Ethiopia' }).click();
    await expect(page).toHaveURL(/country\/ETH\/$/);
    await page.screenshot({ path: 'test-results/nojs-country.png', fullPage: true });
    expect(problems).toEqual([]);
  });

  test('country/ETH/ lists its records with their source links', async ({ page }) => {
    await page.goto('country/ETH/');
    await expect(page.getByRole('heading', { name: 'Ethiopia', level: 1 })).toBeVisible();
    const cards = page.locator('[data-record-id]');
    await expect(cards).toHaveCount(ethiopia.length);
    for (const t of ethiopia) {
      await expect(page.locator(`[data-record-id="${t.id}"]`)).toBeVisible();
    }
    const link = cards.first().locator('a[data-source-link]').first();
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.locator('[data-cite]')).toContainText(`dataset version ${version}`);
  });

  test('a record page shows the record and how to cite it', async ({ page }) => {
    expect(record).toBeDefined();
    await page.goto(`record/${record?.id}/`);
    await expect(page.locator(`[data-record-id="${record?.id}"]`)).toBeVisible();
    const cite = page.locator('[data-cite]');
    await expect(cite).toContainText(`dataset version ${version}`);
    await expect(cite).toContainText(`record/${record?.id}/`);
  });

  test('company/nso-group/ states its listing with the notice', async ({ page }) => {
    await page.goto('company/nso-group/');
    const listing = page.locator('[data-listed="entity-list"]').first();
    await expect(listing).toContainText('Entity List');
    await expect(listing.locator('a[data-source-link]').first()).toHaveAttribute(
      'href',
      /^https?:\/\//,
    );
  });
});

test('a country page prints as a brief: no navigation, source addresses in full', async ({
  page,
}) => {
  await page.goto('country/ETH/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site nav')).toBeHidden();
  await expect(page.locator('.print-only')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText(`dataset version ${version}`);
  await expect(page.locator('form, [aria-label="Filters"]')).toHaveCount(0);
  const url = page.locator('[data-record-id] a[data-source-link]').first();
  expect(await url.textContent()).toMatch(/^https?:\/\//);
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('with JavaScript, the live app takes over the prerendered page', async ({ page }) => {
  const problems = errors(page);
  await page.goto('/');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Map' })).toBeVisible();
  await expect(page.locator('[data-match-count]')).toHaveCount(1);
  expect(problems).toEqual([]);
});
