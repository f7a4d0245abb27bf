/**
 * `npm run validate [-- [--strict] DIR]`: check a dataset folder (default `data/`) against the
 * contract. Prints one `FILE:LINE: message` line per problem (warnings as `FILE:LINE: warning: ...`).
 * Exit 0 when valid; 1 when there are errors, or warnings under --strict.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/data/formatProblem';
import { loadDataset } from '../src/lib/data/loadDataset';

const args = process.argv.slice(2).filter((a) => a !== '--');
const strict = args.includes('--strict');
const dir = args.filter((a) => !a.startsWith('--'))[0] ?? 'data';

const result = await loadDataset(async (file) => {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
});

const errors = result.problems.filter((p) => p.severity === 'error').length;
const warnings = result.problems.length - errors;
for (const p of result.problems) console.log(formatProblem(p, dir));
const { transfers, companies, sources, technologies } = result.dataset;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
if (errors > 0 || (strict && warnings > 0)) {
  console.error(
    `${dir}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
      (strict && warnings > 0 ? ' (--strict: warnings fail the check)' : ''),
  );
  process.exit(1);
}
console.error(
  `${dir}: valid (${transfers.length} transfers, ${companies.length} companies, ` +
    `${sources.length} sources, ${technologies.length} technologies)` +
    (warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''),
);
