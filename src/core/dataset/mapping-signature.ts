/**
 * A fingerprint of a file's columns, used to re-apply a remembered column mapping to the next file
 * with the same columns. Order-insensitive (exports often shuffle columns) and insensitive to case
 * and whitespace (" Sales" and "sales" are the same column to a person).
 */
export function mappingSignature(header: readonly string[]): string {
  const names = header.map((name) => name.replace(/\s+/g, '').toLowerCase());
  names.sort();
  return JSON.stringify(names);
}
