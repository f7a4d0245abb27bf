import Papa from 'papaparse';
import type { Problem } from './types';

/** A data row with the physical line it starts on (header = line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** A CSV file turned into a header and rows, plus the syntax problems met. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

/** Offsets at which each physical line starts (CRLF, LF and lone CR each end a line). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 1-based line holding offset `pos`, by binary search over line starts. */
function lineAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Parse RFC 4180 CSV text with papaparse: accepts a UTF-8 BOM, CRLF or LF line ends, a missing final
 * newline, and quoted commas, quotes and line breaks. Blank lines are skipped. Rows whose field count
 * differs from the header's are reported and left out.
 */
export function parseCsv(file: string, rawText: string): CsvTable {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const starts = lineStarts(text);
  const problems: Problem[] = [];
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  let rowStart = 0;

  const problem = (line: number, message: string): void => {
    problems.push({ file, line, message, severity: 'error' });
  };

  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const fields = result.data;
      const line = lineAt(starts, rowStart);
      rowStart = result.meta.cursor;
      for (const err of result.errors) {
        if (err.code === 'MissingQuotes') {
          problem(line, 'a quoted field is never closed: add the missing closing double quote (")');
        } else if (err.code === 'InvalidQuotes') {
          problem(line, 'a field has a stray double quote: inside a quoted field write "" for "');
        }
      }
      if (result.errors.some((e) => e.type === 'Quotes')) return;
      if (fields.length === 1 && fields[0] === '') return; // blank line
      if (header === null) {
        header = fields.map((h) => h.trim());
        const seen = new Set<string>();
        for (const h of header) {
          if (h === '') problem(line, 'the header has an empty column name');
          else if (seen.has(h)) problem(line, `the header names column "${h}" twice`);
          seen.add(h);
        }
        return;
      }
      if (fields.length !== header.length) {
        problem(
          line,
          `this row has ${fields.length} fields but the header has ${header.length}: ` +
            'check for a missing or extra comma, or quote fields that contain commas',
        );
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((h, i) => {
        values[h] = fields[i] ?? '';
      });
      rows.push({ line, values });
    },
  });

  if (header === null) problem(1, 'the file is empty: it needs at least a header row');
  return { file, header: header ?? [], rows, problems };
}
