/**
 * Facts about the published site that the data cannot give. `SITE_URL` is where the site is served
 * (set it at build time: `SITE_URL=https://example.org/tracker/ npm run build`); left empty, pages
 * cite their path relative to the site.
 */
export const SITE_NAME = 'Surveillance Export Tracker';

/** The site's absolute URL with a trailing slash, or '' when unknown. */
export function siteUrl(): string {
  const env = typeof process !== 'undefined' ? (process.env['SITE_URL'] ?? '') : '';
  if (!/^https?:\/\/[^\s]+$/.test(env)) return '';
  return env.endsWith('/') ? env : `${env}/`;
}
