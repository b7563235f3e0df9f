/**
 * The text id of a series: its key values joined with '/', in mapping order. A '/' inside a key
 * is written '\/' so that ids of different key tuples never collide ("a/b" + "c" vs "a" + "b/c").
 */
export function makeSeriesId(keys: readonly string[]): string {
  return keys.map((key) => key.replaceAll('/', '\\/')).join('/');
}
