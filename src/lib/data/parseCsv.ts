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
  /** Data records after the header, blank lines excluded, valid or not (the manifest's row count). */
  records: number;
  problems: Problem[];
}

/** Offsets at which each physical line starts, in text whose line ends are all LF. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * CRLF and lone CR turned into LF. Hand-edited files often mix them, and a parser that guesses one
 * line end from the first line merges the lines that end otherwise; the count of lines is unchanged,
 * so every line number still points at the same physical line.
 */
export function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
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
 * Parse RFC 4180 CSV text with papaparse: accepts a UTF-8 BOM, CRLF, LF or CR line ends (mixed too:
 * they are normalised to LF first, inside quoted fields as well), a missing final newline, and quoted
 * commas, quotes and line breaks. Blank lines are skipped. Rows whose field count differs from the
 * header's are reported and left out.
 */
export function parseCsv(file: string, rawText: string): CsvTable {
  const text = normaliseLineEnds(rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText);
  const starts = lineStarts(text);
  const problems: Problem[] = [];
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  let rowStart = 0;
  let records = 0;

  const problem = (line: number, message: string, fileLevel = false): void => {
    problems.push({ file, line, message, severity: 'error', ...(fileLevel ? { fileLevel } : {}) });
  };

  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
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
      if (fields.length === 1 && fields[0] === '') return; // blank line
      if (header !== null) records++;
      if (result.errors.some((e) => e.type === 'Quotes')) return;
      if (header === null) {
        header = fields.map((h) => h.trim());
        const seen = new Set<string>();
        for (const h of header) {
          if (h === '') problem(line, 'the header has an empty column name', true);
          else if (seen.has(h)) problem(line, `the header names column "${h}" twice`, true);
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

  if (header === null) problem(1, 'the file is empty: it needs at least a header row', true);
  return { file, header: header ?? [], rows, records, problems };
}
