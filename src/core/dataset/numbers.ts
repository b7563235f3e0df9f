import type { NumberFormat } from './types';

/**
 * Reads a number the way the file writes it. Accepted around the digits: spaces, a leading `+`/`-`,
 * parentheses for a negative (`(12)` = -12), a currency sign (€ $ £ ¥) before or after, and a trailing
 * `%`. A percentage keeps the number as written (`12%` = 12, not 0.12): it is a column's unit, and
 * the user sees the same value in the chart as in the file. Thousands separators must group by three
 * (`1,2,3` is not a number). Scientific notation (`1.5e3`) is read in either decimal style.
 * Anything else (`12abc`, `NaN`, `0x10`, an empty cell) gives NaN.
 */
export function makeNumberParser(format: NumberFormat): (text: string) => number {
  const decimal = format.decimal.charCodeAt(0);
  const thousands = thousandsCodes(format);
  return (text) => parseNumber(text, decimal, thousands);
}

const SPACE = 0x20;
const TAB = 0x09;
const NO_BREAK_SPACE = 0xa0;
const NARROW_NO_BREAK_SPACE = 0x202f;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const PERCENT = 0x25;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const CURRENCIES = new Set([0x20ac, 0x24, 0xa3, 0xa5]);
const SPACE_CODES = [SPACE, NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE];

/** Exact powers of ten: a mantissa below 2^53 scaled by one of them is rounded once, correctly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Up to 15 digits always fit below 2^53. */
const EXACT_DIGITS = 15;

/**
 * Which characters may group thousands. Without a declared separator the usual partner of the
 * decimal mark and the spaces are still accepted when they group by three, so a stray `1,234.5`
 * in a file sniffed as plain still reads.
 */
function thousandsCodes(format: NumberFormat): Set<number> {
  if (format.thousands === ' ') return new Set(SPACE_CODES);
  if (format.thousands !== '') return new Set([format.thousands.charCodeAt(0)]);
  return new Set([format.decimal === '.' ? 0x2c : 0x2e, ...SPACE_CODES]);
}

function isSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === NO_BREAK_SPACE || code === NARROW_NO_BREAK_SPACE;
}

function parseNumber(text: string, decimal: number, thousands: Set<number>): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return NaN;

  let negative = false;
  if (text.charCodeAt(start) === OPEN_PAREN && text.charCodeAt(end - 1) === CLOSE_PAREN) {
    negative = true;
    start++;
    end--;
  }
  // Affixes: a sign and a currency sign in either order before the digits; `%` or a currency after.
  let seenSign = false;
  let seenCurrency = false;
  for (;;) {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    const code = text.charCodeAt(start);
    if ((code === PLUS || code === MINUS) && !seenSign && !negative) {
      seenSign = true;
      negative = code === MINUS;
      start++;
    } else if (CURRENCIES.has(code) && !seenCurrency) {
      seenCurrency = true;
      start++;
    } else break;
  }
  let seenPercent = false;
  for (;;) {
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const code = text.charCodeAt(end - 1);
    if (code === PERCENT && !seenPercent) seenPercent = true;
    else if (CURRENCIES.has(code) && !seenCurrency) seenCurrency = true;
    else break;
    end--;
  }

  let mantissa = 0;
  let digits = 0;
  let fractionDigits = 0;
  let seenDecimal = false;
  /** Integer digits since the last thousands separator (or since the start). */
  let groupDigits = 0;
  let grouped = false;
  let exponent = 0;
  let i = start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    const digit = code - DIGIT_0;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digits++;
      if (seenDecimal) fractionDigits++;
      else groupDigits++;
    } else if (code === decimal && !seenDecimal) {
      if (grouped && groupDigits !== 3) return NaN;
      seenDecimal = true;
    } else if (thousands.has(code) && !seenDecimal) {
      // The first group holds 1-3 digits, every later one exactly 3.
      if (grouped ? groupDigits !== 3 : groupDigits === 0 || groupDigits > 3) return NaN;
      grouped = true;
      groupDigits = 0;
    } else if ((code === LOWER_E || code === UPPER_E) && digits > 0) {
      exponent = readExponent(text, i + 1, end);
      if (Number.isNaN(exponent)) return NaN;
      break;
    } else return NaN;
  }
  if (digits === 0) return NaN;
  if (grouped && !seenDecimal && groupDigits !== 3) return NaN;

  const scale = exponent - fractionDigits;
  let value: number;
  if (digits <= EXACT_DIGITS && scale >= -22 && scale <= 22) {
    value = scale < 0 ? mantissa / (POWERS_OF_TEN[-scale] ?? 1) : mantissa * (POWERS_OF_TEN[scale] ?? 1);
  } else {
    // Long mantissas or large exponents: let the engine's correctly rounded reader do it.
    value = Number(`${digitsOf(text, start, i)}e${scale}`);
  }
  if (value === 0) return 0;
  return negative ? -value : value;
}

/** The exponent after `e` (`e3`, `e+3`, `E-03`), or NaN when the rest is not one. */
function readExponent(text: string, from: number, end: number): number {
  let i = from;
  let sign = 1;
  const first = text.charCodeAt(i);
  if (first === PLUS || first === MINUS) {
    sign = first === MINUS ? -1 : 1;
    i++;
  }
  if (i === end) return NaN;
  let value = 0;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return sign * value;
}

/** Only the digits of text[start, end), in order (separators and decimal mark dropped). */
function digitsOf(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_0 + 9) out += text[i];
  }
  return out;
}
