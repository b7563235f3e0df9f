/**
 * Column names as the user will see them in the mapping controls: trimmed, never empty, never
 * repeated. An empty name becomes `column 3` (its 1-based position); a repeated one `sales (2)`.
 */
export function uniqueHeaderNames(header: readonly string[]): string[] {
  const trimmed = header.map((name, index) => name.trim() || `column ${index + 1}`);
  const used = new Set<string>();
  return trimmed.map((name) => {
    let unique = name;
    for (let copy = 2; used.has(unique); copy++) unique = `${name} (${copy})`;
    used.add(unique);
    return unique;
  });
}
