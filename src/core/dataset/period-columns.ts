/**
 * Dates split over several columns: a sheet kept by hand or an ERP export often has "Year" and
 * "Month" (or "Year" and "Week", or "Year", "Month" and "Day") instead of one date. No single column
 * reads as dates then, so the file could not be loaded. When the table has no date column of its
 * own, the parts are joined into one column of dates the date reader knows — `1998-03`,
 * `2024-03-17`, a week's Monday — added after the file's columns; the mapping guesses it as the date
 * and leaves its parts out of the keys and covariates (roles.ts), and the Data step says what was
 * joined.
 *
 * Week numbers count weeks of seven days from Monday, week 1 of the first year being its ISO week 1
 * (the week holding 4 January), and the weeks follow on: a year has the 52 or 53 weeks the file
 * numbers in it. ISO numbering gives its own dates that way; a retail calendar that numbers 52 weeks
 * in a year ISO gives 53 (2020, 2026) gets no empty week between its week 52 and the next year's
 * week 1, which reading ISO weeks would have filled with zero sales.
 */
import { formatIsoDate, isoWeekMonday } from './calendar';
import { compactName, nameWords, profileColumn } from './column-profile';
import { monthFromName } from './month-names';
import { pickDateColumn } from './roles';
import type { CodeArray, DataIssue, RawColumn, RawTable } from './types';

type DictColumn = Extract<RawColumn, { kind: 'dict' }>;

const YEAR_WORDS = ['year', 'yr', 'yyyy', 'jahr', 'annee', 'ano', 'anno', 'jaar', '年', '年份'];
const MONTH_WORDS = ['month', 'mon', 'mm', 'monat', 'mois', 'mes', 'mese', 'maand', '月', '月份'];
const WEEK_WORDS = ['week', 'wk', 'woche', 'kw', 'semaine', 'semana', 'settimana', 'week_no', '周'];
const DAY_WORDS = ['day', 'dd', 'tag', 'jour', 'dia', 'giorno', 'dag', '日'];

/** The name is one of `words`, alone or with a number word ("Year", "fiscal_year" is not). */
function namedOnly(name: string, words: readonly string[]): boolean {
  const compact = compactName(name);
  if (words.includes(compact)) return true;
  const parts = nameWords(name).filter((part) => !['no', 'nr', 'num', 'number', 'of'].includes(part));
  return parts.length === 1 && words.includes(parts[0] as string);
}

/** Every non-empty value of `column` read by `read` (NaN: not a value of this part). */
function allValues(column: DictColumn, read: (text: string) => number): boolean {
  const used = new Uint8Array(column.dict.length);
  for (let row = 0; row < column.codes.length; row++) {
    const code = column.codes[row] as number;
    if (code >= 0) used[code] = 1;
  }
  let any = false;
  for (let code = 0; code < column.dict.length; code++) {
    if (used[code] !== 1) continue;
    if (Number.isNaN(read(column.dict[code] as string))) return false;
    any = true;
  }
  return any;
}

const integerIn =
  (low: number, high: number) =>
  (text: string): number => {
    const value = Number(text.trim());
    return Number.isInteger(value) && value >= low && value <= high ? value : NaN;
  };

const readYear = integerIn(1900, 2100);
const readMonth = (text: string): number => {
  const number = integerIn(1, 12)(text);
  return Number.isNaN(number) ? monthFromName(text.trim()) : number;
};
const readWeek = integerIn(1, 53);
const readDay = integerIn(1, 31);

/** The parts found, by column; null when the header has no year and month or week column. */
interface Parts {
  year: DictColumn;
  month?: DictColumn;
  week?: DictColumn;
  day?: DictColumn;
}

function findPart(
  columns: readonly RawColumn[],
  words: readonly string[],
  read: (text: string) => number,
): DictColumn | undefined {
  return columns.find(
    (column): column is DictColumn =>
      column.kind === 'dict' && namedOnly(column.name, words) && allValues(column, read),
  );
}

function findParts(table: RawTable): Parts | null {
  const year = findPart(table.columns, YEAR_WORDS, readYear);
  if (year === undefined) return null;
  const month = findPart(table.columns, MONTH_WORDS, readMonth);
  const week = findPart(table.columns, WEEK_WORDS, readWeek);
  // A week beside a month could be the week of the month: which one is meant cannot be told.
  if (month !== undefined && week !== undefined) return null;
  if (month !== undefined) {
    const day = findPart(table.columns, DAY_WORDS, readDay);
    return day === undefined ? { year, month } : { year, month, day };
  }
  return week === undefined ? null : { year, week };
}

const pad = (value: number): string => String(value).padStart(2, '0');

type WeekMonday = (year: number, week: number) => number;

/**
 * The Monday of each (year, week) the file numbers: weeks follow on from week 1 of the first year,
 * each year holding the most weeks the file numbers in it, and at least 52 (see the file comment).
 */
function weekMondays(year: DictColumn, week: DictColumn): WeekMonday {
  const years = year.dict.map(readYear);
  const weeks = week.dict.map(readWeek);
  const lastWeek = new Map<number, number>();
  for (let row = 0; row < year.codes.length; row++) {
    const y = years[year.codes[row] as number];
    const w = weeks[week.codes[row] as number];
    if (y === undefined || w === undefined) continue;
    lastWeek.set(y, Math.max(lastWeek.get(y) ?? 52, w));
  }
  const first = Math.min(...lastWeek.keys());
  const last = Math.max(...lastWeek.keys());
  const mondayOfWeekOne = new Map<number, number>([[first, isoWeekMonday(first, 1)]]);
  for (let y = first; y < last; y++) {
    // A year the file skips has the weeks ISO gives it.
    const weeksInYear = lastWeek.get(y) ?? (Number.isNaN(isoWeekMonday(y, 53)) ? 52 : 53);
    mondayOfWeekOne.set(y + 1, (mondayOfWeekOne.get(y) as number) + 7 * weeksInYear);
  }
  return (y, w) => (mondayOfWeekOne.get(y) as number) + 7 * (w - 1);
}

/** One row's date text from its parts' texts, as the date reader reads it. */
function dateText(parts: Parts, texts: readonly string[], monday: WeekMonday | null): string {
  const [yearText = '', periodText = '', dayText = ''] = texts;
  const year = readYear(yearText);
  if (monday !== null) return formatIsoDate(monday(year, readWeek(periodText)));
  const month = readMonth(periodText);
  return parts.day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(readDay(dayText))}`;
}

/** A name for the joined column that no column of the file has. */
function joinedName(table: RawTable, sources: readonly string[]): string {
  const base = sources.join(' + ');
  let name = base;
  for (let n = 2; table.header.includes(name); n++) name = `${base} (${n})`;
  return name;
}

/**
 * The table with its date parts joined into one column (see the file comment), or the table as it
 * is when it has a date column of its own, or no year column with a month or week column beside it.
 */
export function joinPeriodColumns(table: RawTable): RawTable {
  const parts = findParts(table);
  if (parts === null) return table;
  const profiles = table.columns.map((column) => profileColumn(column, table.format));
  if (pickDateColumn(profiles) !== null) return table;
  const sources = [parts.year, parts.month ?? parts.week, parts.day].filter(
    (column): column is DictColumn => column !== undefined,
  );
  const monday = parts.week === undefined ? null : weekMondays(parts.year, parts.week);
  // Rows with the same parts share a code: the joined column is as compact as its parts. A row's
  // parts' codes make one number (each part's dictionary is small), not a string per row.
  const codeOf = new Map<number, number>();
  const dict: string[] = [];
  const codes: CodeArray = new Int32Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) {
    let key = 0;
    for (const column of sources) {
      const part = column.codes[row] as number;
      key = part < 0 || key < 0 ? -1 : key * column.dict.length + part;
    }
    if (key < 0) {
      codes[row] = -1;
      continue;
    }
    let code = codeOf.get(key);
    if (code === undefined) {
      code = dict.length;
      const texts = sources.map((column) => column.dict[column.codes[row] as number] as string);
      dict.push(dateText(parts, texts, monday));
      codeOf.set(key, code);
    }
    codes[row] = code;
  }
  const sourceNames = sources.map((column) => column.name);
  const name = joinedName(table, sourceNames);
  const joined: RawColumn = { kind: 'dict', name, codes, dict, joinedFrom: sourceNames };
  const issue: DataIssue = {
    severity: 'status',
    code: 'date-parts-joined',
    params: { column: name, parts: sourceNames, weeks: parts.week !== undefined },
    count: table.rowCount,
  };
  return {
    ...table,
    header: [...table.header, name],
    columns: [...table.columns, joined],
    issues: [...table.issues, issue],
  };
}
