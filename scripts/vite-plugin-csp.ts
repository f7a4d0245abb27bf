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

/**
 * Embedding: any https page may frame the tracker (newsrooms embed charts; the site has no actions a
 * framing page could abuse). Browsers ignore frame-ancestors in a <meta> tag, so it is sent only as
 * a header, in `_headers` (read by Netlify and Cloudflare Pages; other hosts: copy these headers).
 */
export const HEADERS = `/*
  Content-Security-Policy: ${CSP}; frame-ancestors https:
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=()
`;

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
