import type { Delimiter, NumberFormat } from './types';

export interface SniffedFormat {
  delimiter: Delimiter;
  number: NumberFormat;
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];
/** Records looked at: enough to see a pattern, few enough to stay instant. */
const MAX_RECORDS = 50;

/** The delimiter and number style of a delimited text, from its first lines. */
export function sniffFormat(sample: string): SniffedFormat {
  const delimiter = sniffDelimiter(sample);
  const cells = splitRecords(sample, delimiter).slice(1).flat();
  return { delimiter, number: sniffNumberFormat(cells, delimiter) };
}

/**
 * The candidate whose records most consistently have as many fields as the header, with more than
 * one field; ties go to more fields, then to the order of DELIMITERS. A file with one column gets ','.
 */
function sniffDelimiter(sample: string): Delimiter {
  let best: Delimiter = ',';
  let bestConsistency = 0;
  let bestFields = 1;
  for (const delimiter of DELIMITERS) {
    const records = splitRecords(sample, delimiter);
    const headerFields = records[0]?.length ?? 0;
    if (headerFields < 2) continue;
    const matching = records.filter((fields) => fields.length === headerFields).length;
    const consistency = matching / records.length;
    if (consistency > bestConsistency || (consistency === bestConsistency && headerFields > bestFields)) {
      best = delimiter;
      bestConsistency = consistency;
      bestFields = headerFields;
    }
  }
  return best;
}

/**
 * Quote-aware split of the sample's first records into fields; blank lines are left out, and so is
 * the last record when the sample ends inside it (it may be cut short).
 */
export function splitRecords(sample: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  for (; i < sample.length && records.length < MAX_RECORDS; i++) {
    const char = sample[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (sample[i + 1] === '"') field += sample[++i];
      else quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && sample[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || field !== '') records.push(fields);
      fields = [];
      field = '';
    } else {
      field += char;
    }
  }
  const cutShort = i < sample.length || quoted;
  if (!cutShort && (fields.length > 0 || field !== '') && records.length === 0)
    records.push([...fields, field]);
  return records;
}

const NUMBER_LIKE = /^[+-]?[$€£¥]?\s?(\d[\d.,' \u00a0\u202f]*\d)\s?[$€£¥%]?$/;
const MARK = /[.,' \u00a0\u202f]/g;

type Thousands = '.' | ',' | ' ' | "'";

/** What one number-like cell shows about the number format. */
interface NumberEvidence {
  decimal?: '.' | ',';
  thousands?: Thousands;
  /** `1,234` or `1.234`: a decimal mark before three decimals, or a thousands separator. */
  ambiguous?: '.' | ',';
}

/**
 * Decides the decimal mark and thousands separator from the cells that look like numbers. A cell
 * with both `.` and `,` shows both roles; a mark followed by other than three digits is a decimal
 * mark; a mark used twice groups thousands. `1,234` alone is ambiguous and only breaks ties; with
 * no evidence at all a `;`-separated file gets decimal commas (that is why it uses semicolons).
 */
function sniffNumberFormat(cells: readonly string[], delimiter: Delimiter): NumberFormat {
  const decimalVotes = { '.': 0, ',': 0 };
  const thousandsVotes = { '.': 0, ',': 0, ' ': 0, "'": 0 };
  const ambiguous = { '.': 0, ',': 0 };
  for (const cell of cells) {
    const evidence = numberEvidence(cell.trim());
    if (evidence.decimal !== undefined) decimalVotes[evidence.decimal]++;
    if (evidence.thousands !== undefined) thousandsVotes[evidence.thousands]++;
    if (evidence.ambiguous !== undefined) ambiguous[evidence.ambiguous]++;
  }
  let decimal: '.' | ',';
  if (decimalVotes[','] !== decimalVotes['.']) decimal = decimalVotes[','] > decimalVotes['.'] ? ',' : '.';
  else if (ambiguous['.'] !== ambiguous[',']) decimal = ambiguous['.'] > ambiguous[','] ? ',' : '.';
  else decimal = delimiter === ';' ? ',' : '.';

  // `1,234` in a dot-decimal file (or `1.234` in a comma-decimal one) groups thousands.
  const other = decimal === '.' ? ',' : '.';
  thousandsVotes[other] += ambiguous[other];
  let thousands: NumberFormat['thousands'] = '';
  let most = 0;
  for (const candidate of [other, ' ', "'"] as const) {
    if (thousandsVotes[candidate] > most) {
      thousands = candidate;
      most = thousandsVotes[candidate];
    }
  }
  return { decimal, thousands };
}

function numberEvidence(cell: string): NumberEvidence {
  const body = NUMBER_LIKE.exec(cell)?.[1];
  if (body === undefined) return {};
  const marks = (body.match(MARK) ?? []).map((mark) => (mark === '\u00a0' || mark === '\u202f' ? ' ' : mark));
  if (marks.length === 0) return {};
  const groups = body.split(MARK);
  const last = marks[marks.length - 1] as Thousands;
  const lastIsDecimal = (last === '.' || last === ',') && !marks.slice(0, -1).includes(last);
  const grouping = lastIsDecimal ? marks.slice(0, -1) : marks;
  const groupedDigits = lastIsDecimal ? groups.slice(0, -1) : groups;
  // Thousands separators: one kind only, 1-3 digits first, then groups of exactly three.
  if (grouping.length > 0) {
    const valid =
      grouping.every((mark) => mark === grouping[0]) &&
      (groupedDigits[0]?.length ?? 0) <= 3 &&
      groupedDigits.slice(1).every((digits) => digits.length === 3);
    if (!valid) return {};
  }
  const thousands = grouping[0] as Thousands | undefined;
  if (!lastIsDecimal) {
    return thousands === '.' || thousands === ','
      ? { thousands, decimal: thousands === '.' ? ',' : '.' }
      : { thousands };
  }
  const decimal = last as '.' | ',';
  const integerPart = groups[0] ?? '';
  // Three decimals after a lone mark could be a grouped thousand, unless the integer part rules it out.
  const couldGroup =
    integerPart.length <= 3 && integerPart !== '0' && groups[groups.length - 1]?.length === 3;
  if (thousands !== undefined || !couldGroup) return { decimal, thousands };
  return { ambiguous: decimal };
}
