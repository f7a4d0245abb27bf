import type { ChangelogSection } from './changelog';

/** What the feed says about one record. */
export interface FeedRecord {
  id: string;
  /** "NSO Group → Mexico". */
  title: string;
  summary: string;
  /** Dataset version that first published it (`first_release`), if known. */
  firstRelease: string | null;
}

export interface FeedInput {
  siteName: string;
  /** The site's absolute URL with a trailing slash, or '' (links are then relative to the feed). */
  siteUrl: string;
  authors: string[];
  records: FeedRecord[];
  changelog: ChangelogSection[];
  /** Build date, YYYY-MM-DD: the date of releases the changelog gives none for. */
  built: string;
}

/** One feed entry: a record added, or changed, in a release. */
export interface FeedEntry {
  recordId: string;
  version: string;
  change: 'added' | 'changed';
  date: string;
}

const xml = (s: string): string =>
  s
    // Characters XML 1.0 forbids, dropped rather than breaking the feed.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const compareVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

/**
 * The feed's entries, newest release first: every record under the release that first published
 * it, and every older record the release's changelog section names (in `code`) as changed. The
 * changelog's "Unreleased" section belongs to the newest version records carry beyond its
 * releases (the upcoming one).
 */
export function feedEntries(input: FeedInput): FeedEntry[] {
  const released = input.changelog.filter((s) => s.version !== null);
  const dates = new Map(released.map((s) => [s.version ?? '', s.date ?? input.built]));
  const versions = [
    ...new Set([
      ...input.records.flatMap((r) => (r.firstRelease ? [r.firstRelease] : [])),
      ...dates.keys(),
    ]),
  ].sort(compareVersions);
  const newest = versions[versions.length - 1] ?? null;
  const unreleased = newest !== null && !dates.has(newest) ? newest : null;
  const sectionOf = (v: string) =>
    input.changelog.find((s) => s.version === v) ??
    (v === unreleased ? input.changelog.find((s) => s.version === null) : undefined);
  const byId = new Map(input.records.map((r) => [r.id, r]));
  const entries: FeedEntry[] = [];
  for (const version of [...versions].reverse()) {
    const date = dates.get(version) ?? input.built;
    const added = input.records
      .filter((r) => r.firstRelease === version)
      .map((r) => r.id)
      .sort();
    const text = JSON.stringify(sectionOf(version)?.blocks ?? []);
    const named = new Set([...text.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? ''));
    const changed = [...named]
      .filter((id) => {
        const first = byId.get(id)?.firstRelease;
        return first != null && compareVersions(first, version) < 0;
      })
      .sort();
    for (const id of added) entries.push({ recordId: id, version, change: 'added', date });
    for (const id of changed) entries.push({ recordId: id, version, change: 'changed', date });
  }
  return entries;
}

/** A deterministic urn:uuid (version 8 layout) from a SHA-256 hex digest. */
function uuidFrom(hex: string): string {
  const h = hex.slice(0, 32).split('');
  h[12] = '8';
  h[16] = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/**
 * The Atom feed (RFC 4287) of records added or changed in each release. `hash` turns a string into
 * a SHA-256 hex digest (entry ids are stable urn:uuid values derived from record id and version).
 */
export function buildFeed(input: FeedInput, hash: (s: string) => string): string {
  const entries = feedEntries(input);
  const byId = new Map(input.records.map((r) => [r.id, r]));
  const updated = entries.reduce((max, e) => (e.date > max ? e.date : max), input.built);
  const stamp = (d: string) => `${d}T00:00:00Z`;
  const link = (path: string) => xml(`${input.siteUrl}${path}` || './');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:uuid:${uuidFrom(hash(`feed:${input.siteName}`))}</id>`,
    `  <title>${xml(input.siteName)}: new and changed records</title>`,
    `  <subtitle>One entry per record added or changed in each release of the dataset.</subtitle>`,
    `  <updated>${stamp(updated)}</updated>`,
    ...input.authors.map((a) => `  <author><name>${xml(a)}</name></author>`),
    `  <link rel="alternate" type="text/html" href="${link('')}"/>`,
    ...(input.siteUrl
      ? [`  <link rel="self" type="application/atom+xml" href="${link('feed.xml')}"/>`]
      : []),
    `  <rights>Data licensed CC BY 4.0</rights>`,
  ];
  for (const e of entries) {
    const r = byId.get(e.recordId);
    if (!r) continue;
    const verb = e.change === 'added' ? 'Added' : 'Changed';
    lines.push(
      '  <entry>',
      `    <id>urn:uuid:${uuidFrom(hash(`record:${r.id}@${e.version}:${e.change}`))}</id>`,
      `    <title>${verb} in ${xml(e.version)}: ${xml(r.title)}</title>`,
      `    <updated>${stamp(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${link(`record/${r.id}/`)}"/>`,
      `    <category term="${e.change}"/>`,
      `    <category term="${xml(e.version)}" label="dataset version ${xml(e.version)}"/>`,
      `    <summary type="text">${xml(r.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
