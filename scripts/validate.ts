/**
 * `npm run validate [-- [--strict] [--fix-manifest] [--all] DIR]`: check a dataset folder (default
 * `data/`) against the contract and, when it has a datapackage.json, against its release sizes and
 * hashes. Prints one `FILE:LINE: message` line per problem (warnings as `FILE:LINE: warning: ...`),
 * file-level problems first, at most MAX_PRINTED unless --all. Exit 0 when valid; 1 when there are
 * errors, or warnings under --strict. --fix-manifest first records the files' current sizes and
 * hashes in datapackage.json (what `npm run release` does).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/data/formatProblem';
import { loadDataset } from '../src/lib/data/loadDataset';
import { updateManifest } from './updateManifest';

/** How many problems are printed unless --all: the rest are counted. */
const MAX_PRINTED = 500;

const args = process.argv.slice(2).filter((a) => a !== '--');
const strict = args.includes('--strict');
const all = args.includes('--all');
const dir = args.filter((a) => !a.startsWith('--'))[0] ?? 'data';

if (args.includes('--fix-manifest')) {
  const changed = await updateManifest(dir);
  if (changed.length > 0) console.error(`${dir}/datapackage.json: updated ${changed.join(', ')}`);
}

const result = await loadDataset(async (file) => {
  try {
    return await readFile(join(dir, file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
});

const { problems } = result;
let errors = 0;
let fileLevel = 0;
for (const p of problems) {
  if (p.severity === 'error') errors++;
  if (p.fileLevel) fileLevel++;
}
const warnings = problems.length - errors;
const shown = all ? problems.length : Math.min(problems.length, MAX_PRINTED);
// One line at a time: a single huge string or argument list fails on 100,000 problems.
for (let i = 0; i < shown; i++)
  console.log(formatProblem(problems[i] as (typeof problems)[number], dir));
if (shown < problems.length) {
  console.log(
    `... and ${problems.length - shown} more (npm run validate -- --all ${dir} lists them all)`,
  );
}
const plural = (n: number, w: string) => `${n.toLocaleString('en-US')} ${w}${n === 1 ? '' : 's'}`;
if (fileLevel > 0 && problems.length > fileLevel) {
  console.error(
    `${dir}: fix the ${plural(fileLevel, 'file problem')} listed first: the ${plural(problems.length - fileLevel, 'other problem')} may follow from ${fileLevel === 1 ? 'it' : 'them'}`,
  );
}
const { transfers, companies, sources, technologies } = result.dataset;
if (errors > 0 || (strict && warnings > 0)) {
  console.error(
    `${dir}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
      (strict && warnings > 0 ? ' (--strict: warnings fail the check)' : ''),
  );
  // Not process.exit(): it would cut off output still queued for a pipe.
  process.exitCode = 1;
} else {
  console.error(
    `${dir}: valid (${transfers.length} transfers, ${companies.length} companies, ` +
      `${sources.length} sources, ${technologies.length} technologies)` +
      (warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''),
  );
}
