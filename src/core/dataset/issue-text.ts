/** Wording shared by the messages about rows of the file. */

/** `lines 17, 42, 99 and 5 more` (the examples, then how many were left out). */
export function linesText(count: number, lines: readonly number[]): string {
  const label = lines.length === 1 ? 'line' : 'lines';
  const more = count > lines.length ? ` and ${count - lines.length} more` : '';
  return `${label} ${lines.join(', ')}${more}`;
}

/** `3 rows have more fields than the header (lines 17, 42, 99)`. */
export function rowsText(count: number, lines: readonly number[], what: string): string {
  const subject = count === 1 ? '1 row has' : `${count} rows have`;
  return `${subject} ${what} (${linesText(count, lines)})`;
}
