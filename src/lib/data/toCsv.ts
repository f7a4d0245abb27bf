import Papa from 'papaparse';

/**
 * Rows to RFC 4180 CSV (CRLF, quoted where needed) with a header in `columns` order. Cells that a
 * spreadsheet would run as a formula (=, +, -, @ ...) are prefixed with a quote.
 */
export function toCsv(rows: readonly Record<string, string>[], columns: readonly string[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/**
 * A spreadsheet-safe copy of a CSV file: the same rows and cells, with every cell that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with a quote. The released
 * files stay as they are; these copies are published beside them.
 */
export function spreadsheetSafe(text: string): string {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows = Papa.parse<string[]>(clean, { skipEmptyLines: true, newline: '\n' }).data;
  return `${Papa.unparse(rows, { escapeFormulae: true, newline: '\n' })}\n`;
}
