/**
 * Turns one .xlsx cell, as read-excel-file returns it, into the text a CSV of the same sheet would
 * hold, so workbooks go through the same column reading as delimited files.
 */
export type SheetCell = string | number | boolean | Date | null | undefined;

export function cellToText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDateOf(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return plainNumber(cell);
  return cell;
}

/** Workbook dates carry no time zone; read-excel-file builds them at UTC midnight. */
function isoDateOf(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** Dot decimals, no exponent for ordinary magnitudes, and Excel's float noise (0.1+0.2) rounded away. */
function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(Number(value.toPrecision(15)));
  // Tiny magnitudes print as 1e-7; spell them out so every number reader accepts them.
  return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : text;
}
