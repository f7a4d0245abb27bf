import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ALL_DATA_FILES } from '../src/lib/data/schema.ts';

const PUBLISHED = /\.(csv|json|md)$/;
/** The world geometry, shipped under a fixed name so index.html can preload it. */
const GEOMETRY = {
  url: 'geo/countries-110m.json',
  file: 'node_modules/world-atlas/countries-110m.json',
};

/**
 * Serve `data/` at `/data/` in development and copy it byte for byte into the build, so the files a
 * visitor downloads are exactly the ones the app loads. Also ships the world-atlas geometry.
 */
export function datasetPlugin(dir = 'data'): Plugin {
  const files = (): string[] => readdirSync(dir).filter((f) => PUBLISHED.test(f));
  return {
    name: 'surveillance-tracker-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] === `/${GEOMETRY.url}`) {
          res.setHeader('Content-Type', 'application/json');
          res.end(readFileSync(GEOMETRY.file));
          return;
        }
        const m = /^\/data\/([^/?#]+)/.exec(req.url ?? '');
        const name = m?.[1] ? decodeURIComponent(m[1]) : null;
        if (name === null) return next();
        if (!files().includes(name)) {
          // Never fall back to index.html for data: a missing file must read as missing.
          res.statusCode = 404;
          res.end('Not found');
          return;
        }
        const type = name.endsWith('.csv')
          ? 'text/csv'
          : name.endsWith('.json')
            ? 'application/json'
            : 'text/markdown';
        res.setHeader('Content-Type', `${type}; charset=utf-8`);
        res.end(readFileSync(join(dir, name)));
      });
    },
    // Preload the data and the geometry so they download in parallel with the scripts (injected
    // here, after Vite's asset handling, so the links keep pointing at the published files).
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        // Pages in a folder (embed/index.html) reach the data one level up per folder.
        const up = '../'.repeat(Math.max(0, ctx.path.split('/').filter(Boolean).length - 1));
        return [...ALL_DATA_FILES.map((f) => `data/${f}`), GEOMETRY.url].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${up}${href}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: GEOMETRY.url, source: readFileSync(GEOMETRY.file) });
      for (const name of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}
