import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

const version = (JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { version: string })
  .version;

/** Collect console errors, page errors and requests that leave the site's origin. */
function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return { errors, foreign };
}

async function read(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Every reference an SVG makes to something outside itself. */
function externalRefs(svg: string): string[] {
  const refs = [
    ...svg.matchAll(/(?:xlink:)?href\s*=\s*["']([^"']*)["']/gi),
    ...svg.matchAll(/url\(\s*['"]?([^)'"]*)/gi),
  ]
    .map((m) => m[1] ?? '')
    .filter((r) => !r.startsWith('#'));
  if (/@import|@font-face|<image|<foreignObject|<script/i.test(svg))
    refs.push('import/image/script');
  return refs;
}

test('the map exports as SVG with title, filters, footer with dataset version and no external reference', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL ?? '').origin);
  await page.goto('/?tech=spyware&from=2015&to=2020');
  await expect(page.locator('path[data-iso3="MEX"]')).toBeVisible();
  const tools = page.locator('[data-chart-tools="map"]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools.locator('[data-export="svg"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`map-v${version}.*\\.svg$`));
  const svg = (await read(download)).toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('records per recipient country');
  expect(svg).toContain('Technology: Spyware');
  expect(svg).toContain('Years: 2015–2020');
  expect(svg).toContain(`dataset version ${version}`);
  expect(svg).toContain('CC BY 4.0');
  expect(svg).toContain('tech=spyware');
  expect(svg).toContain('Records per country');
  expect(externalRefs(svg)).toEqual([]);
  // Well-formed XML, with the country shapes inside.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      paths: doc.querySelectorAll('path').length,
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.paths).toBeGreaterThan(100);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the PNG export is a valid PNG of the exported chart size', async ({ page }) => {
  await page.goto('/?tech=spyware');
  await expect(page.locator('path[data-iso3="MEX"]')).toBeVisible();
  const tools = page.locator('[data-chart-tools="map"]');
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    tools.locator('[data-export="svg"]').click(),
  ]);
  const svg = (await read(svgDownload)).toString('utf8');
  const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  const [width, height] = [Number(size?.[1]), Number(size?.[2])];
  expect(width).toBeGreaterThan(900);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools.locator('[data-export="png"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = await read(download);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  // Drawn at twice the image's size (PNG_SCALE), sharp in print.
  expect(png.readUInt32BE(16)).toBe(width * 2);
  expect(png.readUInt32BE(20)).toBe(height * 2);
  if (process.env.SAVE_EXPORTS) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync('test-results/export-map.png', png);
    writeFileSync('test-results/export-map.svg', svg);
  }
});

test('flows, timeline and policy charts export too', async ({ page }) => {
  await page.goto('/?view=flows&supplier=ISR');
  const flows = page.locator('[data-chart-tools="flows"] [data-export="svg"]');
  const [f] = await Promise.all([page.waitForEvent('download'), flows.click()]);
  const flowSvg = (await read(f)).toString('utf8');
  expect(flowSvg).toContain('flows from exporting to recipient countries');
  expect(flowSvg).toContain('Exporting country: Israel');
  expect(externalRefs(flowSvg)).toEqual([]);

  const timeline = page.locator('[data-chart-tools="timeline"] [data-export="svg"]');
  const [t] = await Promise.all([page.waitForEvent('download'), timeline.click()]);
  const timeSvg = (await read(t)).toString('utf8');
  expect(timeSvg).toContain('records per year');
  expect(timeSvg).toContain(`dataset version ${version}`);

  await page.goto('/?view=policy');
  const policy = page.locator('[data-policy-view] [data-export="png"]').first();
  const [p] = await Promise.all([page.waitForEvent('download'), policy.click()]);
  expect([...(await read(p)).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
});

test('embed/?tech=spyware renders the map, legend and footer with no console error', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL ?? '').origin);
  await page.goto('/embed/?tech=spyware');
  await expect(page.locator('[data-embed="map"] path[data-iso3="MEX"]')).toBeVisible();
  await expect(page.locator('[data-embed-filters]')).toContainText('Technology: Spyware');
  await expect(page.getByText('Records per country')).toBeVisible();
  const footer = page.locator('[data-embed-footer]');
  await expect(footer).toContainText(`dataset version ${version}`);
  await expect(footer).toContainText('CC BY 4.0');
  const full = page.locator('[data-embed-full]');
  await expect(full).toHaveAttribute('href', /\/\?tech=spyware$/);
  await expect(full).toHaveAttribute('rel', 'noopener noreferrer');
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the embed code is an iframe with a title, and the embed page works inside one', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, new URL(baseURL ?? '').origin);
  await page.goto('/?tech=spyware&view=flows');
  await page.locator('[data-chart-tools="flows"] [data-embed-open]').click();
  const code = await page.locator('[data-embed-code]').inputValue();
  expect(code).toMatch(/^<iframe src="[^"]*\/embed\/\?tech=spyware&amp;view=flows" title="[^"]+"/);
  const src = /src="([^"]*)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
  // A test page on the same server frames the embed page (the snippet's src).
  await page.setContent(
    `<link rel="icon" href="data:,"><h1>A newsroom article</h1><iframe src="${src}" title="chart" width="900" height="640"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-embed="flows"] svg[data-flows]')).toBeVisible();
  await expect(frame.locator('[data-embed-footer]')).toContainText(`dataset version ${version}`);
  if (process.env.SAVE_EXPORTS) await page.screenshot({ path: 'test-results/embed-in-iframe.png' });
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('cite controls give reference, BibTeX and CSL-JSON for the dataset, view and record', async ({
  page,
}) => {
  await page.goto('/?record=nso-group-mex-pegasus');
  const card = page.locator('[data-record-id="nso-group-mex-pegasus"]');
  await card.getByRole('button', { name: 'Cite this record' }).click();
  const cite = card.locator('[data-cite]');
  await expect(cite).toContainText(`dataset version ${version}`);
  await expect(cite).toContainText('record/nso-group-mex-pegasus/');
  await expect(cite).toContainText('accessed');
  await card.getByLabel('BibTeX').check();
  await expect(cite).toContainText('@misc{set-nso-group-mex-pegasus,');
  await card.getByLabel('CSL-JSON').check();
  const csl = JSON.parse((await cite.textContent()) ?? '') as { type: string; version: string }[];
  expect(csl[0]).toMatchObject({ type: 'dataset', version });

  await page.getByRole('button', { name: 'Cite this view' }).click();
  await expect(page.locator('.cite-bar [data-cite]')).toContainText('record=nso-group-mex-pegasus');
});

test('report a problem with a record: the text carries the id and the fields', async ({ page }) => {
  await page.goto('/?record=nso-group-mex-pegasus');
  const card = page.locator('[data-record-id="nso-group-mex-pegasus"]');
  await card.getByRole('button', { name: 'Report a problem with this record' }).click();
  await card.getByLabel('What is wrong with this record').fill('The year is wrong <b>x</b>');
  const text = card.locator('[data-report-text]');
  await expect(text).toContainText('Correction: nso-group-mex-pegasus');
  await expect(text).toContainText('The year is wrong <b>x</b>');
  await expect(text).toContainText('evidence: ');
  await expect(card.locator('[data-report-copy]')).toBeVisible();
  // No target is configured in this build: nothing to follow, the text is there to copy.
  await expect(card.locator('[data-report-link]')).toHaveCount(0);
});

test("the about page has What's new and Propose a record; feed.xml is served", async ({
  page,
  request,
}) => {
  await page.goto('/?view=about');
  await expect(page.locator('[data-whats-new]')).toContainText('Version 0.4.0');
  await page.locator('[data-whats-new] summary').first().click();
  await expect(page.locator('[data-whats-new] code').first()).toBeVisible();
  await page.getByRole('button', { name: 'Propose a record' }).click();
  await expect(page.locator('[data-report-text]')).toContainText('New record proposed');
  const feed = await request.get('/feed.xml');
  expect(feed.ok()).toBe(true);
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  const checked = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
    return {
      error: doc.getElementsByTagName('parsererror').length,
      entries: entries.length,
      complete: entries.every((e) =>
        ['id', 'title', 'updated', 'link'].every((n) => e.getElementsByTagNameNS(ns, n).length > 0),
      ),
    };
  }, xml);
  expect(checked.error).toBe(0);
  expect(checked.entries).toBeGreaterThan(600);
  expect(checked.complete).toBe(true);
});

test('_headers lets only the embed page be framed', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toMatch(/\/embed\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors https:/);
  expect(headers).toMatch(/\n\/\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
  expect(headers).not.toMatch(/^\/\*\n[^/]*Content-Security-Policy/);
});
