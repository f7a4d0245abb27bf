/**
 * `npm run stats [-- DIR]`: the dataset's coverage against the register's targets: the whole
 * register (records, recipients, suppliers, independent sources), Chinese suppliers' exports and
 * China's domestic market, the spyware and phone-forensics market, and the policy layer (listings,
 * regime ratings per record).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset } from '../src/lib/data/loadDataset';
import { indexDataset } from '../src/lib/model/datasetIndex';
import { regimeFor, regimeIndexOf } from '../src/lib/model/regimes';

const dir = process.argv.slice(2).filter((a) => a !== '--')[0] ?? 'data';
const { dataset } = await loadDataset(async (f) =>
  readFile(join(dir, f), 'utf8').catch(() => null),
);
const index = indexDataset(dataset);
const { transfers, companies, technologies, sources } = dataset;
const hq = new Map(companies.map((c) => [c.id, c.hqIso3]));
const publisher = new Map(sources.map((s) => [s.id, s.publisher.trim().toLowerCase()]));
const suppliers = new Set(transfers.map((t) => t.supplierId));
const exporters = new Set([...suppliers].map((s) => hq.get(s)));
const recipients = new Set(transfers.map((t) => t.recipientIso3));
const years = transfers.map((t) => t.yearStart);
const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

const row = (label: string, value: number | string, target?: number) =>
  console.log(
    `${label.padEnd(44)} ${String(value).padStart(6)}` +
      (target === undefined
        ? ''
        : `  target ${target}  ${Number(value) >= target ? 'met' : 'short'}`),
  );

console.log('the register');
row('transfer records', transfers.length, 1000);
row('recipient countries', recipients.size, 130);
row('supplier companies', suppliers.size, 180);
row('exporting countries', exporters.size);
row('sources', sources.length);
row('years', `${Math.min(...years)}-${Math.max(...years)}`);
const independent = transfers.filter(
  (t) => new Set(t.sourceIds.map((id) => publisher.get(id))).size >= 2,
).length;
row('% records with 2+ sources (other publishers)', pct(independent, transfers.length), 55);

console.log('\nChinese suppliers');
const chinese = transfers.filter((t) => hq.get(t.supplierId) === 'CHN');
const exports = chinese.filter((t) => t.recipientIso3 !== 'CHN');
row('export records (recipient outside China)', exports.length, 130);
row('countries they went to', new Set(exports.map((t) => t.recipientIso3)).size, 65);
row('records for China itself (Xinjiang...)', chinese.length - exports.length, 25);

console.log('\nspyware and phone forensics');
const intrusion = transfers.filter((t) =>
  t.technologies.some((x) => x === 'spyware' || x === 'mobile-forensics'),
);
row('records', intrusion.length, 300);
row('recipient governments', new Set(intrusion.map((t) => t.recipientIso3)).size, 85);
row('vendors', new Set(intrusion.map((t) => t.supplierId)).size, 45);

console.log('\npolicy layer');
row('listings (restrictions.csv)', dataset.restrictions.length);
row('listed companies', new Set(dataset.restrictions.map((r) => r.companyId)).size);
const rated = transfers.filter((t) =>
  regimeFor(regimeIndexOf(index.dataset.regimes), t.recipientIso3, t.yearStart),
);
const exact = rated.filter(
  (t) => regimeFor(regimeIndexOf(index.dataset.regimes), t.recipientIso3, t.yearStart)?.exact,
);
row('% records with a regime rating', pct(rated.length, transfers.length), 90);
row('  of which the deal year’s own rating (%)', pct(exact.length, transfers.length));

console.log('\nrecords per technology (target 10 each)');
for (const t of technologies) {
  row(`  ${t.id}`, transfers.filter((x) => x.technologies.includes(t.id)).length, 10);
}
console.log('\nrecords per evidence level');
for (const level of ['documented', 'forensic', 'reported', 'alleged']) {
  row(`  ${level}`, transfers.filter((x) => x.evidence === level).length);
}
