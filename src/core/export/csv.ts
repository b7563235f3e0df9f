/**
 * CSV writing for files users open in spreadsheets: UTF-8 text without BOM, LF line ends, dot
 * decimals, and no cell that a spreadsheet would run as a formula.
 */

/** A cell: text is made formula-safe, numbers are written plainly, null/NaN leave the cell empty. */
export type CsvCell = string | number | null;

/** Leading characters that make Excel, LibreOffice or Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;

/** Plain decimal notation, never exponent form ("0.0000001", not "1e-7") and no grouping. */
const plainNumber = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  return plainNumber.format(value);
}

/** Text made safe: a leading `'` defuses a formula, and quotes wrap separators, quotes and newlines. */
export function formatText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatNumber(cell) : formatText(cell);
}

/** The whole file: header line, then one line per row, each ended by LF. */
export function writeCsv(header: string[], rows: Iterable<CsvCell[]>): string {
  const lines = [header.map(formatText).join(',')];
  for (const row of rows) lines.push(row.map(formatCell).join(','));
  return `${lines.join('\n')}\n`;
}
