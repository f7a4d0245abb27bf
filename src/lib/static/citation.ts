import type { CitationMeta } from './citationFile';
import { SITE_NAME } from './siteConfig';

/** What a static page needs to say how to cite it. */
export interface PageCitation {
  /** The page's own title, e.g. "Ethiopia: surveillance technology suppliers". */
  title: string;
  /** Dataset version, from data/datapackage.json. */
  version: string;
  /** Absolute URL of the page, or its path under the site when the site's URL is not set. */
  url: string;
  /** Date the page was built (YYYY-MM-DD), standing for the access date on a printed copy. */
  date: string;
}

/** One thing to cite: the whole dataset, a view of it (filters) or a single record or page. */
export interface CiteTarget {
  kind: 'dataset' | 'view' | 'record' | 'page';
  /** Title of the part cited; ignored for the dataset, whose title comes from CITATION.cff. */
  title: string;
  /** Permanent URL (absolute when known, else the path under the site). */
  url: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  /** Citation key suffix, e.g. the record id; letters, digits and dashes are kept. */
  key: string;
}

const LICENCE_NAMES: Record<string, string> = { 'CC-BY-4.0': 'CC BY 4.0' };
const year = (meta: CitationMeta, t: CiteTarget): string =>
  (meta.dateReleased || t.accessed).slice(0, 4);
const authorList = (meta: CitationMeta): string =>
  meta.authors.length <= 2
    ? meta.authors.join(' & ')
    : `${meta.authors.slice(0, -1).join(', ')}, & ${meta.authors[meta.authors.length - 1]}`;

/** A ready-to-paste reference (APA-like), with the dataset version, the URL and the access date. */
export function citeText(meta: CitationMeta, t: CiteTarget): string {
  const head = `${authorList(meta)}. (${year(meta, t)}).`;
  const tail = `${t.url} (accessed ${t.accessed}).`;
  if (t.kind === 'dataset') {
    return `${head} ${meta.title} [Data set], dataset version ${meta.version}. ${tail}`;
  }
  return `${head} ${t.title}. In ${meta.title} [Data set], dataset version ${meta.version}. ${tail}`;
}

/** Escape BibTeX's special characters in a field value. */
function bibtexEscape(s: string): string {
  return s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/\^/g, '\\^{}')
    .replace(/~/g, '\\~{}');
}

/** Citation key: "set-" plus the target's key, ASCII letters, digits and dashes only. */
export function citeKey(t: CiteTarget): string {
  const k = t.key
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `set-${k || t.kind}`;
}

/** A BibTeX `@misc` entry (BibTeX has no data set type; biblatex users may change it to @dataset). */
export function citeBibtex(meta: CitationMeta, t: CiteTarget): string {
  const title = t.kind === 'dataset' ? meta.title : `${t.title}. In ${meta.title}`;
  const licence = LICENCE_NAMES[meta.license] ?? meta.license;
  const fields: [string, string][] = [
    // Double braces keep an organisation's name from being split into first and last names.
    ['author', meta.authors.map((a) => `{${bibtexEscape(a)}}`).join(' and ')],
    ['title', `{${bibtexEscape(title)}}`],
    ['year', year(meta, t)],
    ['version', bibtexEscape(meta.version)],
    ['howpublished', `\\url{${t.url}}`],
    ['url', t.url],
    ['urldate', t.accessed],
    [
      'note',
      bibtexEscape(
        `Data set, version ${meta.version}${licence ? `, licence ${licence}` : ''}; accessed ${t.accessed}`,
      ),
    ],
  ];
  return `@misc{${citeKey(t)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

const dateParts = (d: string): number[][] => [
  d
    .split('-')
    .filter((p) => p !== '')
    .map(Number),
];

/** CSL-JSON (an array of one item), as Zotero, Pandoc and citeproc read it. */
export function citeCslJson(meta: CitationMeta, t: CiteTarget): string {
  const item: Record<string, unknown> = {
    id: citeKey(t),
    type: 'dataset',
    title: t.kind === 'dataset' ? meta.title : t.title,
    ...(t.kind === 'dataset' ? {} : { 'container-title': meta.title }),
    author: meta.authors.map((literal) => ({ literal })),
    issued: { 'date-parts': dateParts(meta.dateReleased || t.accessed) },
    accessed: { 'date-parts': dateParts(t.accessed) },
    version: meta.version,
    URL: t.url,
    publisher: SITE_NAME,
    ...(meta.license ? { license: LICENCE_NAMES[meta.license] ?? meta.license } : {}),
  };
  return JSON.stringify([item], null, 2);
}

/**
 * A ready-to-paste reference for a page of the tracker (APA-like), as on the static pages; without
 * CITATION.cff's facts (`meta`), the page's dataset version and the site's name stand in.
 */
export function citePage(c: PageCitation, meta?: CitationMeta): string {
  const m: CitationMeta = meta ?? {
    title: SITE_NAME,
    authors: [`${SITE_NAME} contributors`],
    version: c.version,
    dateReleased: '',
    license: 'CC-BY-4.0',
  };
  return citeText(m, { kind: 'page', title: c.title, url: c.url, accessed: c.date, key: c.url });
}
