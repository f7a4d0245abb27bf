import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const PUBLISHED = /\.(csv|json|md)$/;

/**
 * Serve `data/` at `/data/` in development and copy it byte for byte into the build, so the files a
 * visitor downloads are exactly the ones the app loads.
 */
export function datasetPlugin(dir = 'data'): Plugin {
  const files = (): string[] => readdirSync(dir).filter((f) => PUBLISHED.test(f));
  return {
    name: 'surveillance-tracker-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
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
    generateBundle() {
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
