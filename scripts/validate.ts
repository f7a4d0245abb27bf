/**
 * `npm run validate [-- DIR]`: check a dataset folder (default `data/`) against the contract.
 * Exit 0 when valid; otherwise exit 1 and print one `FILE:LINE: message` line per problem.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/data/formatProblem';
import { loadDataset } from '../src/lib/data/loadDataset';

const args = process.argv.slice(2).filter((a) => a !== '--');
const dir = args[0] ?? 'data';

const result = await loadDataset(async (file) => {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
});

const errors = result.problems.filter((p) => p.severity === 'error');
for (const p of result.problems) console.log(formatProblem(p, dir));
const { transfers, companies, sources, technologies } = result.dataset;
if (errors.length > 0) {
  console.error(`${dir}: ${errors.length} problem${errors.length === 1 ? '' : 's'} found`);
  process.exit(1);
}
console.error(
  `${dir}: valid (${transfers.length} transfers, ${companies.length} companies, ` +
    `${sources.length} sources, ${technologies.length} technologies)`,
);
