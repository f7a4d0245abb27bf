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
