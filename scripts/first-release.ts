/**
 * Fill the `first_release` column of data/transfers.csv from git history: the dataset version in
 * which each record id first appears. A release is the commit where data/datapackage.json's
 * `version` changed; a record belongs to the first release at or after the commit that added it,
 * and records added since the last release get `NEXT` (the upcoming version). Only empty cells are
 * filled (the column is added when missing); rows, their order and LF line ends are kept.
 *
 *   npx tsx scripts/first-release.ts 0.5.0
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';

const NEXT = process.argv[2] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(NEXT)) {
  console.error('usage: tsx scripts/first-release.ts NEXT_VERSION (e.g. 0.5.0)');
  process.exit(1);
}
const FILE = 'data/transfers.csv';
const git = (...args: string[]) =>
  execFileSync('git', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
const show = (commit: string, path: string): string | null => {
  try {
    return git('show', `${commit}:${path}`);
  } catch {
    return null;
  }
};

const commits = git(
  'rev-list',
  '--reverse',
  '--topo-order',
  'HEAD',
  '--',
  FILE,
  'data/datapackage.json',
)
  .split('\n')
  .filter(Boolean);

// The version each commit's datapackage.json states, and the commits where it changed.
const releases: { index: number; version: string }[] = [];
let previous = '';
commits.forEach((c, index) => {
  const pkg = show(c, 'data/datapackage.json');
  const version = pkg ? ((JSON.parse(pkg) as { version?: string }).version ?? '') : '';
  if (version !== '' && version !== previous) releases.push({ index, version });
  if (version !== '') previous = version;
});
const releaseOf = (index: number) => releases.find((r) => r.index >= index)?.version ?? NEXT;

const ids = (csv: string): string[] =>
  (Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data ?? []).map(
    (r) => r['id'] ?? '',
  );
const first = new Map<string, string>();
commits.forEach((c, index) => {
  const csv = show(c, FILE);
  if (!csv) return;
  for (const id of ids(csv)) if (id && !first.has(id)) first.set(id, releaseOf(index));
});

// Rewrite the file record by record, appending or filling the last cells without re-quoting.
const text = readFileSync(FILE, 'utf8');
const records: string[] = [];
let start = 0;
let quoted = false;
for (let i = 0; i < text.length; i++) {
  const ch = text[i];
  if (ch === '"') quoted = !quoted;
  else if (ch === '\n' && !quoted) {
    records.push(text.slice(start, i));
    start = i + 1;
  }
}
if (start < text.length) records.push(text.slice(start));
const header = (records[0] ?? '').split(',');
const has = header.includes('first_release');
if (has && header[header.length - 1] !== 'first_release') {
  console.error('first_release must be the last column of transfers.csv');
  process.exit(1);
}
let filled = 0;
const out = records.map((line, i) => {
  if (i === 0) return has ? line : `${line},first_release`;
  const id = line.slice(0, line.indexOf(','));
  const version = first.get(id) ?? NEXT;
  if (!has) {
    filled++;
    return `${line},${version}`;
  }
  if (line.endsWith(',')) {
    filled++;
    return `${line}${version}`;
  }
  return line;
});
writeFileSync(FILE, out.join('\n') + '\n');
console.log(
  `first_release: ${filled} cells filled; releases ${releases.map((r) => r.version).join(', ')}, then ${NEXT}`,
);
