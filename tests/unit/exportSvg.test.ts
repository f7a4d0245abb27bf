// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  composeExportSvg,
  escapeXml,
  footerLine,
  stripExternalRefs,
  wrapText,
} from '../../src/lib/export/composeExportSvg';
import { embedSearch, embedSnippet } from '../../src/lib/export/chartLegend';
import { reportLink } from '../../src/lib/static/corrections';

const spec = {
  chart:
    '<path d="M0,0L10,10" fill="url(#no-records)"/><a href="https://evil.example/"><text>x</text></a><image href="https://tiles.example/a.png"/><rect fill="url(https://x.example/p)" onclick="alert(1)" style="fill:red"/>',
  width: 960,
  height: 470,
  title: 'Map <of> "records" & more',
  filters: 'Technology: Spyware · Years: 2015–2020',
  legendTitle: 'Records per country',
  legend: [
    { label: '1', colour: '#9ecae1' },
    { label: 'No records', colour: '', hatched: true },
  ],
  footer: footerLine({
    site: 'Surveillance Export Tracker',
    version: '0.4.0',
    date: '2026-12-05',
    permalink: 'https://example.org/?tech=spyware&from=2015',
  }),
};

describe('composeExportSvg', () => {
  const out = composeExportSvg(spec);
  it('is well-formed SVG of the stated size with title, filters, legend and footer', () => {
    const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(out.width));
    expect(root.getAttribute('height')).toBe(String(out.height));
    expect(out.width).toBe(992);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Map <of> "records" & more');
    expect(texts).toContain('Technology: Spyware · Years: 2015–2020');
    expect(texts).toContain('Records per country');
    expect(texts).toContain('No records');
    expect(texts.join(' ')).toContain('dataset version 0.4.0');
    expect(texts.join(' ')).toContain('https://example.org/?tech=spyware&from=2015');
  });
  it('keeps internal references and drops every external one, scripts and styles', () => {
    expect(out.svg).toContain('url(#no-records)');
    expect(out.svg).not.toMatch(/evil\.example|tiles\.example|x\.example|onclick|style=/);
    expect(out.svg).not.toMatch(/<image|<a\b/);
    expect(out.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});

describe('helpers', () => {
  it.each([
    { input: `a<b>&"c'`, expected: 'a&lt;b&gt;&amp;&quot;c&#39;' },
    { input: 'bell\u0007', expected: 'bell' },
  ])('escapeXml($input)', ({ input, expected }) => {
    expect(escapeXml(input)).toBe(expected);
  });
  it.each([
    { input: '<use href="https://a.example/#x"/>', expected: '' },
    { input: '<path xlink:href="//a.example/x"/>', expected: '<path/>' },
    { input: '<path fill="url(#p)"/>', expected: '<path fill="url(#p)"/>' },
    {
      input: '<style>@import url(https://f.example/x.css);</style>',
      expected: '<style></style>',
    },
  ])('stripExternalRefs($input)', ({ input, expected }) => {
    expect(stripExternalRefs(input)).toBe(expected);
  });
  it('wraps long text at spaces and cuts long words', () => {
    expect(wrapText('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it.each([
    {
      search: '?tech=spyware&record=x&view=table',
      kind: 'map' as const,
      expected: '?tech=spyware',
    },
    { search: '?tech=spyware', kind: 'flows' as const, expected: '?tech=spyware&view=flows' },
    { search: '', kind: 'map' as const, expected: '' },
  ])('embedSearch($search, $kind)', ({ search, kind, expected }) => {
    expect(embedSearch(search, kind)).toBe(expected);
  });
  it.each([
    {
      href: 'https://example.org/tracker/?tech=spyware&record=x#top',
      kind: 'map' as const,
      title: 'Map',
      expected:
        '<iframe src="https://example.org/tracker/embed/?tech=spyware" title="Map" width="100%" height="640" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    },
    {
      href: 'https://example.org/tracker/index.html?tech=spyware&from=2015',
      kind: 'timeline' as const,
      title: 'Records "per" <year> & more',
      expected:
        '<iframe src="https://example.org/tracker/embed/?tech=spyware&amp;from=2015&amp;view=timeline" title="Records &quot;per&quot; &lt;year> &amp; more" width="100%" height="420" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    },
  ])('embedSnippet($href, $kind)', ({ href, kind, title, expected }) => {
    expect(embedSnippet(href, kind, title)).toBe(expected);
  });
  it.each([
    { target: '', expected: null },
    { target: 'mailto:not-an-address', expected: null },
    { target: 'javascript:alert(1)', expected: null },
    { target: 'http://example.org/o/r/issues/new', expected: null },
    {
      target: 'mailto:corrections@example.org',
      expected: 'mailto:corrections@example.org?subject=S%20%26&body=B%0Ax',
    },
    {
      target: 'https://example.org/o/r/issues/new',
      expected: 'https://example.org/o/r/issues/new?title=S%20%26&body=B%0Ax',
    },
  ])('reportLink($target)', ({ target, expected }) => {
    expect(reportLink(target, { subject: 'S &', body: 'B\nx' })).toBe(expected);
  });
});
