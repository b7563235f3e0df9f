/** Forecast (or actual) windows laid end to end in one array, in order, for scoring them together. */
export function concatWindows(windows: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(windows.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of windows) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
