/** Forecast (or actual) windows laid end to end in one array, in order, for scoring them together. */
export function concatWindows(windows: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(windows.reduce((total, window) => total + window.length, 0));
  let offset = 0;
  for (const window of windows) {
    out.set(window, offset);
    offset += window.length;
  }
  return out;
}
