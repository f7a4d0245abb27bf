import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ALL_DATA_FILES } from '../src/lib/data/schema.ts';
import { spreadsheetSafe } from '../src/lib/data/toCsv.ts';
import type { Topology } from 'topojson-specification';
import { buildWorldMap } from '../src/lib/geo/buildWorldMap.ts';
import { worldFeatures } from '../src/lib/geo/loadWorld.ts';
import { ATLAS_URL, WORLD_MAP_URL } from '../src/lib/geo/worldMap.ts';

const PUBLISHED = /\.(csv|json|md)$/;
/** The world atlas, shipped for the flows view, which projects it itself. */
const GEOMETRY = {
  url: ATLAS_URL,
  file: 'node_modules/world-atlas/countries-110m.json',
};

/** The recipients map, projected here once so the first screen needs no d3-geo. */
function worldMapJson(): string {
  const atlas = JSON.parse(readFileSync(GEOMETRY.file, 'utf8')) as Topology;
  return JSON.stringify(buildWorldMap(worldFeatures(atlas)));
}

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
        const path = (req.url ?? '').split('?')[0];
        if (path === `/${GEOMETRY.url}` || path === `/${WORLD_MAP_URL}`) {
          res.setHeader('Content-Type', 'application/json');
          res.end(path === `/${WORLD_MAP_URL}` ? worldMapJson() : readFileSync(GEOMETRY.file));
          return;
        }
        const m = /^\/data\/(spreadsheet\/)?([^/?#]+)/.exec(req.url ?? '');
        const name = m?.[2] ? decodeURIComponent(m[2]) : null;
        const safeCopy = m?.[1] !== undefined;
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
        const body = readFileSync(join(dir, name));
        res.end(safeCopy && name.endsWith('.csv') ? spreadsheetSafe(body.toString('utf8')) : body);
      });
    },
    // Preload the data and the geometry so they download in parallel with the scripts (injected
    // here, after Vite's asset handling, so the links keep pointing at the published files).
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        // Pages in a folder (embed/index.html) reach the data one level up per folder.
        const up = '../'.repeat(Math.max(0, ctx.path.split('/').filter(Boolean).length - 1));
        return [...ALL_DATA_FILES.map((f) => `data/${f}`), WORLD_MAP_URL].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${up}${href}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: GEOMETRY.url, source: readFileSync(GEOMETRY.file) });
      this.emitFile({ type: 'asset', fileName: WORLD_MAP_URL, source: worldMapJson() });
      for (const name of files()) {
        const source = readFileSync(join(dir, name));
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
        // Spreadsheet-safe copies beside the released files, which stay byte-identical.
        if (name.endsWith('.csv')) {
          this.emitFile({
            type: 'asset',
            fileName: `data/spreadsheet/${name}`,
            source: spreadsheetSafe(source.toString('utf8')),
          });
        }
      }
    },
  };
}
