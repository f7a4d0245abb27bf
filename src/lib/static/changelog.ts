/** A block of a changelog section: a paragraph, or a list of bullet items. */
export type ChangelogBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** One `## ` section of data/CHANGELOG.md. */
export interface ChangelogSection {
  /** "0.4.0", or "Unreleased". */
  heading: string;
  /** The version, when the heading starts with one. */
  version: string | null;
  /** Release date YYYY-MM-DD from "## 0.4.0 (2026-11-24)", or null. */
  date: string | null;
  blocks: ChangelogBlock[];
}

/**
 * Parse the changelog's structure: `## ` headings, paragraphs (joined lines) and `- ` bullets
 * (continuation lines joined). The text stays plain text: the app renders it as text, never HTML.
 */
export function parseChangelog(markdown: string): ChangelogSection[] {
  const sections: ChangelogSection[] = [];
  let current: ChangelogSection | null = null;
  let para: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (current && para.length > 0)
      current.blocks.push({ kind: 'paragraph', text: para.join(' ') });
    para = [];
    list = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) {
      flush();
      const text = (heading[1] ?? '').trim();
      const m = /^v?(\d+\.\d+\.\d+)(?:\s*\((\d{4}-\d{2}-\d{2})\))?/.exec(text);
      current = {
        heading: m?.[1] ?? text,
        version: m?.[1] ?? null,
        date: m?.[2] ?? null,
        blocks: [],
      };
      sections.push(current);
      continue;
    }
    if (!current || /^#\s/.test(line)) continue;
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      if (para.length > 0) flush();
      if (!list) {
        list = [];
        current.blocks.push({ kind: 'list', items: list });
      }
      list.push(bullet[1] ?? '');
    } else if (line.trim() === '') {
      flush();
    } else if (list && /^\s+/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) list = null;
      para.push(line.trim());
    }
  }
  flush();
  return sections;
}

/** Split text on `code` spans, for rendering them as <code> without HTML: [text, code, text...]. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((t, i) => ({ code: i % 2 === 1, text: t }))
    .filter((p) => p.text !== '');
}
