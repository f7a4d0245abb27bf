const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Check an Atom document against RFC 4287's required elements: parse it as XML, then the feed's
 * id, title, updated and author (or every entry's), and each entry's id, title, updated and
 * alternate link or content. Needs a DOM (`// @vitest-environment jsdom`, or a browser). Returns the problems (empty when valid) and the parsed entries.
 */
export function checkAtom(text: string): { problems: string[]; entries: Element[]; doc: Document } {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const problems: string[] = [];
  if (doc.getElementsByTagName('parsererror').length > 0) {
    return { problems: ['not well-formed XML'], entries: [], doc };
  }
  const feed = doc.documentElement;
  if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM)
    problems.push('root is not atom:feed');
  const kids = (el: Element, name: string) =>
    [...el.children].filter((c) => c.localName === name && c.namespaceURI === ATOM);
  const one = (el: Element, name: string, where: string) => {
    const found = kids(el, name);
    if (found.length !== 1)
      problems.push(`${where} has ${found.length} <${name}>, needs exactly 1`);
    return found[0];
  };
  for (const n of ['id', 'title', 'updated']) one(feed, n, 'feed');
  const updated = kids(feed, 'updated')[0]?.textContent ?? '';
  if (!RFC3339.test(updated)) problems.push(`feed updated "${updated}" is not an RFC 3339 date`);
  const entries = kids(feed, 'entry');
  const feedAuthor = kids(feed, 'author').length > 0;
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    const where = `entry ${i + 1}`;
    const id = one(e, 'id', where)?.textContent ?? '';
    if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) problems.push(`${where} id "${id}" is not an IRI`);
    if (ids.has(id)) problems.push(`${where} repeats id ${id}`);
    ids.add(id);
    one(e, 'title', where);
    const up = one(e, 'updated', where)?.textContent ?? '';
    if (!RFC3339.test(up)) problems.push(`${where} updated "${up}" is not an RFC 3339 date`);
    if (!feedAuthor && kids(e, 'author').length === 0) problems.push(`${where} has no author`);
    const alternate = kids(e, 'link').some(
      (l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate',
    );
    if (!alternate && kids(e, 'content').length === 0) {
      problems.push(`${where} has neither an alternate link nor content`);
    }
  });
  return { problems, entries, doc };
}
