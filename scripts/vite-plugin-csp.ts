import type { Plugin } from 'vite';

/**
 * The site's Content Security Policy: everything from its own origin, no inline script, no eval,
 * no third party. `data:` images only for the empty favicon.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The HTML pages of the site (paths for `_headers`), apart from the embed page. */
const PAGES = ['/', '/index.html', '/country/*', '/company/*', '/record/*', '/records/*'];

/**
 * Framing: only the embed page (`/embed/`) may be framed, by any https page (newsrooms embed
 * charts; the page has no actions a framing page could abuse); every other page refuses framing
 * (`frame-ancestors 'none'`), so the dashboard cannot be clickjacked. Browsers ignore
 * frame-ancestors in a <meta> tag, so it is sent only as a header, in `_headers` (read by Netlify
 * and Cloudflare Pages; other hosts: copy these rules). The CSP is set per path, never under `/*`,
 * because both hosts join the values of every rule a path matches: a site-wide
 * `frame-ancestors 'none'` would also forbid framing the embed page.
 */
export const HEADERS = [
  `/*
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=()
`,
  ...PAGES.map(
    (path) => `${path}
  Content-Security-Policy: ${CSP}; frame-ancestors 'none'
`,
  ),
  `/embed/*
  Content-Security-Policy: ${CSP}; frame-ancestors https:
`,
].join('');

/** Put the CSP into the built index.html and write `_headers`; the dev server stays without them. */
export function cspPlugin(): Plugin {
  return {
    name: 'surveillance-tracker-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS });
    },
  };
}
