/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';
import { parseCitationCff } from './src/lib/static/citationFile.ts';

const datasetVersion = (
  JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { version: string }
).version;

// CITATION.cff is the one source of the dataset's authorship and version for every citation.
const citation = parseCitationCff(readFileSync('CITATION.cff', 'utf8'));

export default defineConfig({
  define: {
    __DATASET_VERSION__: JSON.stringify(datasetVersion),
    __CITATION__: JSON.stringify(citation),
  },
  // Relative base: the built site works from any folder or static host.
  base: './',
  plugins: [svelte(), datasetPlugin(), cspPlugin()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // No modulepreload polyfill in the first view: browsers without <link rel="modulepreload">
    // (Safari before 17) still run the site, they only fetch a lazy view's chunks one by one.
    modulePreload: { polyfill: false },
    // Two pages: the dashboard, and embed/ (one chart for other sites to frame).
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed/index.html' },
      output: {
        codeSplitting: {
          groups: [
            {
              // The data model both pages need at start and the lazy views use too: one chunk for
              // the first view instead of six small ones (their own module names) by default.
              name: 'shared',
              test: /src\/lib\/(data\/(countries|schema|countryTable)|model\/(datasetIndex|columns|listings|sortTransfers))\./,
            },
          ],
        },
      },
    },
  },
  // The data worker is a module worker: an ES build lets it load code it rarely needs (the
  // TypeScript SHA-256 for plain-http hosts) on demand instead of in its first request.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Some tests start the CLI or validate 100,000 rows: room for a loaded CI machine.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts', 'tests/dataset/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts'],
        },
      },
    ],
  },
});
