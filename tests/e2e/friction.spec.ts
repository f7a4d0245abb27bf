import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { filterTransfers } from '../reference/filterTransfers';
import { indexDataset } from '../../src/lib/model/datasetIndex';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters';
import { loadFolder } from '../helpers/loadFolder';

const { dataset } = await loadFolder('data');
const index = indexDataset(dataset);
const expected = (f: Partial<Filters>) => filterTransfers(index, { ...NO_FILTERS, ...f }).length;
const count = (page: import('@playwright/test').Page) => page.locator('[data-match-count]');

test('the table search drives the count and the link; the sort is in the link', async ({
  page,
}) => {
  await page.goto('/?view=table');
  await page.getByRole('searchbox', { name: 'Search the records' }).fill('Pegasus');
  await expect(page).toHaveURL(/[?&]q=Pegasus/);
  await expect(count(page)).toHaveAttribute('data-match-count', String(expected({ q: 'Pegasus' })));
  await page.getByRole('button', { name: 'Supplier' }).click();
  await expect(page).toHaveURL(/[?&]sort=supplier-asc/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search the records' })).toHaveValue('Pegasus');
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Supplier');
});

test('Escape closes the open panel and focus returns to what opened it', async ({ page }) => {
  await page.goto('/?view=table');
  const opener = page.locator('[data-record-id] button.linklike').first();
  await opener.click();
  await expect(page).toHaveURL(/[?&]record=/);
  await expect(page.locator('#record-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/[?&]record=/);
  await expect(opener).toBeFocused();
});

test('the full dataset: released files byte for byte, and spreadsheet-safe copies', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByText('Full dataset').click();
  await expect(page.locator('[data-spreadsheet-copy]').first()).toBeVisible();
  const raw = await (await request.get('data/transfers.csv')).body();
  expect(raw.equals(readFileSync('data/transfers.csv'))).toBe(true);
  const safe = await (await request.get('data/spreadsheet/transfers.csv')).text();
  expect(safe.split('\n')[0]).toBe(readFileSync('data/transfers.csv', 'utf8').split('\n')[0]);
});
