// Screenshot a page of the built site in Debian's Chromium, to look at what we build.
// Usage: npx vite preview --port 4321 & node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [view SCROLL_Y]
// The fifth argument `view` takes the viewport only (after scrolling to SCROLL_Y) instead of the full page.
import { chromium } from '@playwright/test';

const [, , url, out, w = '1280', h = '900', mode = 'full', scroll = '0'] = process.argv;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [view SCROLL_Y]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(url);
await page.waitForSelector('[data-match-count], [role="alert"]');
await page.waitForTimeout(300);
if (mode === 'view') await page.evaluate((y) => window.scrollTo(0, y), Number(scroll));
await page.screenshot({ path: out, fullPage: mode !== 'view' });
console.log(`${out}: ${errors.length} console errors ${JSON.stringify(errors)}`);
await browser.close();
