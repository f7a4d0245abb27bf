import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('no request leaves the site while walking through every view', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });

  await page.goto('/');
  await page.locator('path[data-iso3="CHN"]').hover();
  await expect(page.locator('[data-map-tooltip]')).toBeVisible();
  await page.locator('path[data-iso3="CHN"]').click();
  await page.locator('[data-country-view] details summary').first().click();
  for (const summary of await page.locator('main > details > summary').all()) await summary.click();
  await page.locator('[data-view="flows"]').click();
  await page.locator('[data-view="table"]').click();
  await page.locator('[data-record-table] th button').first().click();
  await page.getByLabel('Search the records').fill('Xinjiang');
  await page.locator('[data-record-table] tbody tr button').first().click();
  await page.locator('[data-view="about"]').click();
  await page.goto('/?company=cetc');
  await page.goto('/?view=flows&supplier=CHN');
  await Promise.all([page.waitForEvent('download'), page.locator('[data-download-csv]').click()]);
  expect(foreign).toEqual([]);
});

test('the build references no external fonts, scripts, styles or tiles', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
  const assets = readdirSync('dist/assets');
  for (const css of assets.filter((f) => f.endsWith('.css'))) {
    const text = readFileSync(join('dist/assets', css), 'utf8');
    expect(text, css).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(text, css).not.toMatch(/@import/i);
  }
  for (const js of assets.filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join('dist/assets', js), 'utf8');
    expect(text, js).not.toMatch(/import\(\s*["']https?:/i);
    expect(text, js).not.toMatch(/fetch\(\s*["']https?:/i);
    expect(text, js).not.toMatch(
      /googleapis|gstatic|cdnjs|jsdelivr|unpkg|tile\.openstreetmap|mapbox|google-analytics|googletagmanager/i,
    );
  }
  expect(readFileSync('dist/_headers', 'utf8')).toContain("default-src 'self'");
});
