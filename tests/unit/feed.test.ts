// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/data/sha256';
import { loadDataset } from '../../src/lib/data/loadDataset';
import { codeSpans, parseChangelog } from '../../src/lib/static/changelog';
import { buildFeed, feedEntries, type FeedInput } from '../../src/lib/static/feed';
import { checkAtom } from '../helpers/atomSchema';

const hash = (s: string) => sha256Hex(new TextEncoder().encode(s));

const CHANGELOG = `# Dataset changelog

## Unreleased

Corrections to existing records:

- \`old-one\`: summary corrected; evidence stays \`alleged\`.
- Second sources added: \`new-two\`, \`unknown-id\`.

## 0.2.0 (2026-02-01)

Second release.

## 0.1.0 (2026-01-01)

First release.
`;

const input: FeedInput = {
  siteName: 'Tracker <test>',
  siteUrl: 'https://example.org/t/',
  authors: ['Tracker contributors'],
  built: '2026-03-05',
  changelog: parseChangelog(CHANGELOG),
  records: [
    { id: 'old-one', title: 'A → B', summary: 'First & <only>.', firstRelease: '0.1.0' },
    { id: 'mid-one', title: 'C → D', summary: 'Second.', firstRelease: '0.2.0' },
    { id: 'new-two', title: 'E → F', summary: 'Third.', firstRelease: '0.3.0' },
    { id: 'no-version', title: 'G → H', summary: 'Unknown.', firstRelease: null },
  ],
};

describe('parseChangelog', () => {
  it('reads headings, versions, dates, paragraphs and bullets as plain text', () => {
    const sections = parseChangelog(CHANGELOG);
    expect(sections.map((s) => [s.heading, s.version, s.date])).toEqual([
      ['Unreleased', null, null],
      ['0.2.0', '0.2.0', '2026-02-01'],
      ['0.1.0', '0.1.0', '2026-01-01'],
    ]);
    expect(sections[0]?.blocks).toEqual([
      { kind: 'paragraph', text: 'Corrections to existing records:' },
      {
        kind: 'list',
        items: [
          '`old-one`: summary corrected; evidence stays `alleged`.',
          'Second sources added: `new-two`, `unknown-id`.',
        ],
      },
    ]);
  });
  it('splits code spans without any HTML', () => {
    expect(codeSpans('a `b` <c>')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' <c>' },
    ]);
  });
  it('parses the real changelog: every release', () => {
    const sections = parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8'));
    expect(sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['0.5.0', '0.4.0', '0.3.0', '0.2.0', '0.1.0']),
    );
  });
});

describe('feedEntries', () => {
  it('gives one entry per record added in each release, and per older record changed', () => {
    expect(feedEntries(input)).toEqual([
      { recordId: 'new-two', version: '0.3.0', change: 'added', date: '2026-03-05' },
      { recordId: 'old-one', version: '0.3.0', change: 'changed', date: '2026-03-05' },
      { recordId: 'mid-one', version: '0.2.0', change: 'added', date: '2026-02-01' },
      { recordId: 'old-one', version: '0.1.0', change: 'added', date: '2026-01-01' },
    ]);
  });
});

describe('buildFeed', () => {
  it('is valid Atom with one entry per new or changed record, text escaped', () => {
    const text = buildFeed(input, hash);
    const { problems, entries, doc } = checkAtom(text);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(4);
    expect(doc.documentElement.getElementsByTagName('title')[0]?.textContent).toBe(
      'Tracker <test>: new and changed records',
    );
    expect(entries[0]?.getElementsByTagName('link')[0]?.getAttribute('href')).toBe(
      'https://example.org/t/record/new-two/',
    );
    expect(entries[3]?.getElementsByTagName('summary')[0]?.textContent).toBe('First & <only>.');
    expect(buildFeed(input, hash)).toBe(text);
  });

  it('builds a valid feed from the bundled dataset: every record once as added', async () => {
    const { dataset } = await loadDataset(async (f) => {
      try {
        return readFileSync(`data/${f}`, 'utf8');
      } catch {
        return null;
      }
    });
    const records = dataset.transfers.map((t) => ({
      id: t.id,
      title: t.id,
      summary: t.summary,
      firstRelease: t.firstRelease ?? null,
    }));
    expect(records.every((r) => r.firstRelease !== null)).toBe(true);
    const text = buildFeed(
      {
        ...input,
        siteUrl: '',
        records,
        changelog: parseChangelog(readFileSync('data/CHANGELOG.md', 'utf8')),
      },
      hash,
    );
    const { problems, entries } = checkAtom(text);
    expect(problems).toEqual([]);
    const added = entries.filter((e) =>
      [...e.getElementsByTagName('category')].some((c) => c.getAttribute('term') === 'added'),
    );
    expect(added).toHaveLength(dataset.transfers.length);
    expect(entries.length).toBeGreaterThan(dataset.transfers.length);
  });
});
