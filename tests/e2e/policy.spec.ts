import { expect, test, type Page } from '@playwright/test';
import { indexDataset } from '../../src/lib/model/datasetIndex';
import { filterTransfers } from '../reference/filterTransfers';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters';
import { loadFolder } from '../helpers/loadFolder';

const { dataset } = await loadFolder('data');
const index = indexDataset(dataset);
const expected = (f: Partial<Filters>) => filterTransfers(index, { ...NO_FILTERS, ...f }).length;

function errors(page: Page): string[] {
  const out: string[] = [];
  page.on('console', (m) => m.type() === 'error' && out.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => out.push(`page: ${e.message}`));
  return out;
}

const count = (page: Page) => page.locator('[data-match-count]');

test("NSO's company view shows its Entity List listing with a source link", async ({ page }) => {
  const problems = errors(page);
  await page.goto('/?company=nso-group');
  const view = page.locator('[data-company-view="nso-group"]');
  await expect(view.getByRole('heading', { name: 'NSO Group', level: 2 })).toBeVisible();
  const listing = view.locator('[data-listed="entity-list"]').first();
  await expect(listing).toContainText('Entity List');
  await expect(listing).toContainText('2021-11');
  // The listing's sources follow it, each an http(s) link opening safely.
  const source = view.locator('.listings a[data-source-link]').first();
  await expect(source).toHaveAttribute('href', /^https?:\/\//);
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  // Record cards of a listed supplier carry the listing too.
  await expect(view.locator('[data-record-id] [data-listed]').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('view=policy renders its charts and tables, and they follow the filters', async ({ page }) => {
  const problems = errors(page);
  await page.goto('/?view=policy');
  const policy = page.locator('[data-policy-view]');
  await expect(
    policy.getByRole('heading', { name: "Deals by the recipient's regime" }),
  ).toBeVisible();
  await expect(policy.locator('svg[role="img"]')).toHaveCount(3);
  for (const table of ['regimes', 'after', 'listed']) {
    await expect(policy.locator(`[data-policy-table="${table}"] tbody tr`).first()).toBeVisible();
  }
  // The regime table's counts add up to the matching records.
  const regimeCounts = await policy
    .locator('[data-policy-table="regimes"] tbody td:nth-child(2)')
    .allTextContents();
  const total = regimeCounts.reduce((n, c) => n + Number(c), 0);
  await expect(count(page)).toHaveAttribute('data-match-count', String(total));

  // "After listing" filter: the count and the URL follow.
  await page.getByRole('radio', { name: 'Deal started after the supplier was listed' }).check();
  await expect(page).toHaveURL(/[?&]listing=after/);
  await expect(count(page)).toHaveAttribute(
    'data-match-count',
    String(expected({ listing: 'after' })),
  );
  await page.screenshot({ path: 'test-results/policy.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('region filter, recipient search and active years', async ({ page }) => {
  const problems = errors(page);
  await page.goto('/');
  await page.getByRole('checkbox', { name: 'Africa', exact: true }).check();
  await expect(page).toHaveURL(/[?&]region=africa/);
  await expect(count(page)).toHaveAttribute(
    'data-match-count',
    String(expected({ region: ['Africa'] })),
  );

  // Typing part of a name finds a small country; choosing it opens its view.
  await page.getByRole('searchbox', { name: 'Find a recipient country' }).fill('Rwa');
  await page.locator('[data-pick-country="RWA"]').click();
  await expect(page).toHaveURL(/[?&]country=RWA/);
  await expect(page.locator('[data-country-view="RWA"]')).toBeVisible();

  // "Active during the years" counts a deal that started before and is still in use.
  await page.goto('/?from=2015&years=active');
  await expect(page.getByRole('radio', { name: /Active during the years/ })).toBeChecked();
  await expect(count(page)).toHaveAttribute(
    'data-match-count',
    String(expected({ from: 2015, years: 'active' })),
  );
  expect(expected({ from: 2015, years: 'active' })).toBeGreaterThan(expected({ from: 2015 }));
  expect(problems).toEqual([]);
});
