/**
 * Windows-1252 decoding written out, because runtimes disagree: Node's TextDecoder treats the
 * label as Latin-1 and turns 0x80 into U+0080 instead of '€'. It is a single-byte code, so no
 * state is carried between chunks.
 */

/** What bytes 0x80..0x9F stand for; the five unassigned ones keep their C1 code, as browsers do. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const CODE_POINTS = new Uint16Array(256);
for (let byte = 0; byte < 256; byte++) {
  CODE_POINTS[byte] = byte >= 0x80 && byte < 0xa0 ? (HIGH_CONTROL_RANGE[byte - 0x80] ?? byte) : byte;
}

/** Characters are built in slices this long (String.fromCharCode's argument count is limited). */
const SLICE = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(Math.min(bytes.length, SLICE));
  let text = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(bytes.length, start + SLICE);
    for (let i = start; i < end; i++) units[i - start] = CODE_POINTS[bytes[i] ?? 0] ?? 0;
    text += String.fromCharCode(...units.subarray(0, end - start));
  }
  return text;
}
