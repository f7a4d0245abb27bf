/**
 * `npm run stats [-- DIR]`: the dataset's coverage against the register's targets (issue: at least
 * 400 records, 90 recipient countries, 80 suppliers from 18 exporting countries, 10 records per
 * technology).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset } from '../src/lib/data/loadDataset';

const dir = process.argv.slice(2).filter((a) => a !== '--')[0] ?? 'data';
const { dataset } = await loadDataset(async (f) =>
  readFile(join(dir, f), 'utf8').catch(() => null),
);
const { transfers, companies, technologies, sources } = dataset;
const hq = new Map(companies.map((c) => [c.id, c.hqIso3]));
const suppliers = new Set(transfers.map((t) => t.supplierId));
const exporters = new Set([...suppliers].map((s) => hq.get(s)));
const recipients = new Set(transfers.map((t) => t.recipientIso3));
const years = transfers.map((t) => t.yearStart);

const row = (label: string, value: number | string, target?: number) =>
  console.log(
    `${label.padEnd(28)} ${String(value).padStart(6)}` +
      (target === undefined
        ? ''
        : `  target ${target}  ${Number(value) >= target ? 'met' : 'short'}`),
  );
row('transfer records', transfers.length, 400);
row('recipient countries', recipients.size, 90);
row('supplier companies', suppliers.size, 80);
row('exporting countries', exporters.size, 18);
row('sources', sources.length);
row('years', `${Math.min(...years)}-${Math.max(...years)}`);
console.log('\nrecords per technology (target 10 each)');
for (const t of technologies) {
  row(`  ${t.id}`, transfers.filter((x) => x.technologies.includes(t.id)).length, 10);
}
console.log('\nrecords per evidence level');
for (const level of ['documented', 'forensic', 'reported', 'alleged']) {
  row(`  ${level}`, transfers.filter((x) => x.evidence === level).length);
}
