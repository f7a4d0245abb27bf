import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  citeBibtex,
  citeCslJson,
  citeKey,
  citePage,
  citeText,
  type CiteTarget,
} from '../../src/lib/static/citation';
import { parseCitationCff, type CitationMeta } from '../../src/lib/static/citationFile';

const meta: CitationMeta = {
  title: 'Surveillance Export Tracker',
  authors: ['Surveillance Export Tracker contributors'],
  version: '0.4.0',
  dateReleased: '2026-11-24',
  license: 'CC-BY-4.0',
};
const record: CiteTarget = {
  kind: 'record',
  title: 'NSO Group → Mexico (Pegasus) {50% & co_}',
  url: 'https://example.org/record/nso-group-mex-pegasus/',
  accessed: '2026-12-05',
  key: 'nso-group-mex-pegasus',
};
const dataset: CiteTarget = { ...record, kind: 'dataset', title: '', key: 'dataset' };

describe('parseCitationCff', () => {
  it('reads the bundled CITATION.cff: title, authors, version, date, licence', () => {
    const m = parseCitationCff(readFileSync('CITATION.cff', 'utf8'));
    expect(m.title).toBe('Surveillance Export Tracker');
    expect(m.authors).toEqual(['Surveillance Export Tracker contributors']);
    expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(m.dateReleased).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.license).toBe('CC-BY-4.0');
  });
  it.each([
    {
      name: 'persons and entities',
      text: 'title: T\nversion: 1.2.3\nauthors:\n  - family-names: Doe\n    given-names: \'Jane\'\n  - name: "Org \\"X\\""\n',
      authors: ['Jane Doe', 'Org "X"'],
    },
    {
      name: 'CRLF and comments',
      text: '# c\r\ntitle: T\r\nversion: 1.0.0\r\nauthors:\r\n  - name: A\r\nkeywords:\r\n  - name: not-an-author\r\n',
      authors: ['A'],
    },
  ])('reads authors: $name', ({ text, authors }) => {
    expect(parseCitationCff(text).authors).toEqual(authors);
  });
  it('says what is missing', () => {
    expect(() => parseCitationCff('title: T\n')).toThrow(/version/);
  });
});

describe('citeText (APA-like)', () => {
  it.each([
    {
      target: dataset,
      expected:
        'Surveillance Export Tracker contributors. (2026). Surveillance Export Tracker [Data set], dataset version 0.4.0. https://example.org/record/nso-group-mex-pegasus/ (accessed 2026-12-05).',
    },
    {
      target: record,
      expected:
        'Surveillance Export Tracker contributors. (2026). NSO Group → Mexico (Pegasus) {50% & co_}. In Surveillance Export Tracker [Data set], dataset version 0.4.0. https://example.org/record/nso-group-mex-pegasus/ (accessed 2026-12-05).',
    },
  ])('cites a $target.kind', ({ target, expected }) => {
    expect(citeText(meta, target)).toBe(expected);
  });
  it("keeps the static pages' wording: dataset version and address", () => {
    const text = citePage(
      { title: 'Ethiopia', version: '0.4.0', url: 'country/ETH/', date: '2026-12-05' },
      meta,
    );
    expect(text).toContain('dataset version 0.4.0');
    expect(text).toContain('country/ETH/ (accessed 2026-12-05)');
  });
  it('names several authors APA-style', () => {
    expect(citeText({ ...meta, authors: ['A', 'B', 'C'] }, dataset)).toMatch(
      /^A, B, & C\. \(2026\)/,
    );
  });
});

describe('citeBibtex', () => {
  const entry = citeBibtex(meta, record);
  it('is one @misc entry with balanced braces and a safe key', () => {
    expect(entry).toMatch(/^@misc\{set-nso-group-mex-pegasus,\n/);
    expect(entry.endsWith('\n}')).toBe(true);
    let depth = 0;
    for (const [i, ch] of [...entry].entries()) {
      if (entry[i - 1] === '\\') continue;
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
  it('has the fields, the organisation kept whole, special characters escaped', () => {
    expect(entry).toContain('author = {{Surveillance Export Tracker contributors}}');
    expect(entry).toContain('version = {0.4.0}');
    expect(entry).toContain('url = {https://example.org/record/nso-group-mex-pegasus/}');
    expect(entry).toContain('urldate = {2026-12-05}');
    expect(entry).toContain('year = {2026}');
    expect(entry).toContain('\\{50\\% \\& co\\_\\}');
  });
  it.each([
    { key: 'Ünïcode id!', expected: 'set-n-code-id' },
    { key: '', expected: 'set-record' },
  ])('keys stay ASCII: $key', ({ key, expected }) => {
    expect(citeKey({ ...record, key })).toBe(expected);
  });
});

describe('citeCslJson', () => {
  it.each([dataset, record])('is valid CSL-JSON for a $kind', (target) => {
    const items = JSON.parse(citeCslJson(meta, target)) as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    expect(items).toHaveLength(1);
    const item = items[0] ?? {};
    expect(item['id']).toMatch(/^[a-z0-9-]+$/);
    expect(item['type']).toBe('dataset');
    expect(item['version']).toBe('0.4.0');
    expect(item['URL']).toBe(target.url);
    expect(item['author']).toEqual([{ literal: 'Surveillance Export Tracker contributors' }]);
    expect(item['issued']).toEqual({ 'date-parts': [[2026, 11, 24]] });
    expect(item['accessed']).toEqual({ 'date-parts': [[2026, 12, 5]] });
    for (const k of Object.keys(item)) {
      expect([
        'id',
        'type',
        'title',
        'container-title',
        'author',
        'issued',
        'accessed',
        'version',
        'URL',
        'publisher',
        'license',
      ]).toContain(k);
    }
    if (target.kind === 'record') {
      expect(item['title']).toBe(record.title);
      expect(item['container-title']).toBe('Surveillance Export Tracker');
    }
  });
});
