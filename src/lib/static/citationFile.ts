/** What the site needs from CITATION.cff: the dataset's title, authors, version and release date. */
export interface CitationMeta {
  title: string;
  /** Display names: persons as "Given Family", entities by their name. */
  authors: string[];
  version: string;
  /** YYYY-MM-DD, or '' when the file gives none. */
  dateReleased: string;
  license: string;
}

const unquote = (v: string): string => {
  const s = v.trim();
  if (s.startsWith("'") && s.endsWith("'") && s.length >= 2)
    return s.slice(1, -1).replace(/''/g, "'");
  if (s.startsWith('"') && s.endsWith('"') && s.length >= 2) {
    return s.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
  return s;
};

/**
 * Read the few fields the site cites from a CITATION.cff file (a small YAML subset: top-level
 * `key: value` lines and the `authors` list of `name` or `given-names`/`family-names` entries).
 * CITATION.cff stays the one source of the dataset's authorship and version.
 */
export function parseCitationCff(text: string): CitationMeta {
  const top = new Map<string, string>();
  const authors: Record<string, string>[] = [];
  let inAuthors = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const topLevel = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(raw);
    if (topLevel) {
      const [, key = '', value = ''] = topLevel;
      inAuthors = key === 'authors';
      if (value !== '') top.set(key, unquote(value));
      continue;
    }
    if (!inAuthors) continue;
    const item = /^\s*(-\s+)?([A-Za-z][\w-]*):\s*(.*)$/.exec(raw);
    if (!item) continue;
    const [, dash, key = '', value = ''] = item;
    if (dash || authors.length === 0) authors.push({});
    const current = authors[authors.length - 1];
    if (current) current[key] = unquote(value);
  }
  const names = authors
    .map((a) => a['name'] ?? [a['given-names'], a['family-names']].filter(Boolean).join(' '))
    .filter((n) => n !== '');
  const version = top.get('version') ?? '';
  const title = top.get('title') ?? '';
  if (title === '' || version === '' || names.length === 0) {
    throw new Error('CITATION.cff needs a title, a version and at least one author');
  }
  return {
    title,
    authors: names,
    version,
    dateReleased: /^\d{4}-\d{2}-\d{2}$/.test(top.get('date-released') ?? '')
      ? (top.get('date-released') ?? '')
      : '',
    license: top.get('license') ?? '',
  };
}
