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

/**
 * Where corrections and proposed records go: ONE value, either a repository's new-issue URL
 * (`https://<host>/<owner>/<repo>/issues/new`) or `mailto:` and an address. Nothing is ever sent
 * by the site itself: the reader's browser opens the issue page or the mail program with the text
 * filled in. Left empty (no address is known yet), the site shows the ready text with a copy button.
 */
// PLACEHOLDER: unset until the maintainers publish a repository or an address for corrections.
export const CORRECTIONS_TARGET: string = '';
