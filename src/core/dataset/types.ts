/**
 * The shapes the data step passes around. Everything is columnar: typed arrays plus small
 * dictionaries, never arrays of row objects, so a million rows stay a few tens of MB and can be
 * transferred between threads without copying.
 */
import type { IssueDetail } from './problem-codes';

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly';

/** Whole days since 1970-01-01 (UTC). Dates never carry a time zone or time of day. */
export type DayNumber = number;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t' | '|';

/** How numbers are written in the file (Excel in DE/FR locales writes `1.234,5` or `1 234,5`). */
export interface NumberFormat {
  decimal: '.' | ',';
  /** '' when no thousands separator is used; ' ' also stands for no-break and narrow no-break spaces. */
  thousands: '' | '.' | ',' | ' ' | "'";
}

export interface TextFormat extends NumberFormat {
  encoding: TextEncoding;
  hasBom: boolean;
  delimiter: Delimiter;
}

/**
 * How the values of a date column are written. `dmy`/`mdy`/`ymd` are day-month-year orders with any
 * separator and optional time; `iso-week` is `2024-W05`; `year-month` is `2024-05` or `May 2024`;
 * `excel-serial` is Excel's day count (1 = 1900-01-01, with its 1900 leap-year bug).
 */
export type DateReading =
  'iso' | 'dmy' | 'mdy' | 'ymd' | 'month-name' | 'year-month' | 'year-quarter' | 'iso-week' | 'excel-serial';

export interface DateInference {
  reading: DateReading;
  /** Share of the non-empty sample that parses under `reading` (0..1). */
  parsed: number;
  /** True when both D/M/Y and M/D/Y read every value: the likelier one was chosen. */
  ambiguous: boolean;
  /** The other reading to offer as a one-click switch when ambiguous. */
  alternative?: DateReading;
}

/**
 * Dictionary codes, one per row (-1 = empty cell), in the narrowest signed type the dictionary
 * fits: a million rows of a 100-value column take 1 MB instead of 4.
 */
export type CodeArray = Int8Array | Int16Array | Int32Array;

/**
 * One column of the file as read, before any meaning is given to it.
 * - `dict`: distinct strings once each, and a code per row (-1 = empty cell). Most columns of a
 *   sales file (dates, keys, flags, small integers) have few distinct values, so this is compact and
 *   lets every later interpretation work per distinct value.
 * - `numeric`: for high-cardinality columns that read as numbers under the file's NumberFormat;
 *   NaN marks an empty cell, or (when `text` has an entry for that row) a value that did not parse.
 */
export type RawColumn =
  | {
      kind: 'dict';
      name: string;
      codes: CodeArray;
      dict: string[];
      /** For a column of dates the reader joined from several (period-columns.ts): their names. */
      joinedFrom?: readonly string[];
    }
  | { kind: 'numeric'; name: string; values: Float64Array; text: Map<number, string> };

/** The whole file as read, kept in the parse worker so a new mapping re-derives without re-reading. */
export interface RawTable {
  fileName: string;
  format: TextFormat;
  header: string[];
  columns: RawColumn[];
  rowCount: number;
  /** 1-based line of the file where each data row starts (quoted newlines and blank lines counted). */
  lineOfRow: Int32Array;
  /** Problems met while reading (ragged rows, blank lines skipped), as codes. */
  issues: DataIssue[];
}

/** How the user's table is laid out. */
export type Layout =
  /** one row per date × series */
  | 'long'
  /** one row per series, one column per date */
  | 'wide-dates-as-columns'
  /** one row per date, one column per series */
  | 'wide-series-as-columns';

export type CovariateKind = 'numeric' | 'binary' | 'categorical';

export interface CovariateMapping {
  column: string;
  kind: CovariateKind;
  /**
   * The retailer's own promotion (a promotion flag, a discount, a markdown, a display): like the
   * price, a decision whose plan rows are real, unlike a holiday flag or a temperature.
   */
  promotion?: true;
}

/** What each column means. Changing it re-derives the Dataset from the RawTable. */
export interface ColumnMapping {
  layout: Layout;
  /** Date column (long and wide-series-as-columns). */
  date: string | null;
  dateReading: DateReading;
  /** Key columns, in order, that identify a series (long and wide-dates-as-columns). */
  series: string[];
  /** Sales column (long layout only; in wide layouts the cells are the sales). */
  target: string | null;
  covariates: CovariateMapping[];
  /** A 0/1 column whose 0 marks periods that cannot sell (a store closed): kept out of demand. */
  availability: string | null;
  /** A price column whose empty cell marks an item not yet listed: kept out of demand. */
  price: string | null;
  /** Columns the inventory step reads (stock-columns.ts): never covariates of a forecast. */
  stock?: Partial<Record<StockRole, string>>;
}

/** What a stock column holds: units on hand or on order now, lead time in periods, money per unit. */
export type StockRole = 'onHand' | 'onOrder' | 'leadTime' | 'unitCost';

export interface CleaningSettings {
  /** Missing periods inside a series' range: sales 0 (default) or left missing. */
  gaps: 'zero' | 'missing';
  /** Several rows for one (date, series): summed (default) or the last one kept. */
  duplicates: 'sum' | 'last';
  /** Negative sales (returns): kept (default) or clipped to 0. */
  negatives: 'keep' | 'clip';
  /** Outliers found by a robust rule: only flagged (default) or capped to the rule's bound. */
  outliers: 'flag' | 'cap';
  /** Series with fewer observed periods than this are listed as too short (never dropped silently). */
  minHistory: number;
}

export const DEFAULT_CLEANING: CleaningSettings = {
  gaps: 'zero',
  duplicates: 'sum',
  negatives: 'keep',
  outliers: 'flag',
  minHistory: 0, // 0 = derive from the frequency (two seasons, at least 8 periods)
};

/** Why a row of the Dataset has the target it has (values of Dataset.rowState). */
export const RowState = {
  Observed: 0,
  /** A missing period filled by the gaps setting (0, or NaN when left missing). */
  GapFilled: 1,
  /** The period could not sell (closed, not listed): target NaN, kept out of demand. */
  NotSelling: 2,
  /** The sales cell was empty or unparseable inside the history: target NaN. */
  Missing: 3,
  /** After the series' last sales value, with covariates only: the plan, target NaN. */
  Plan: 4,
  /** A plan row for a period that cannot sell (closed, or no price while a price column is mapped). */
  PlanClosed: 5,
} as const;
export type RowState = (typeof RowState)[keyof typeof RowState];

export interface Covariate {
  name: string;
  kind: CovariateKind;
  /** Aligned with Dataset rows. Categorical values are codes into `categories`; NaN = empty. */
  values: Float64Array;
  categories?: string[];
  /** Set on the mapped price column (`ColumnMapping.price`): the retailer's own shelf price. */
  price?: true;
  /** Set on a covariate mapped as a promotion (`CovariateMapping.promotion`). */
  promotion?: true;
}

/**
 * The cleaned, long, regular dataset every later step uses. Rows are sorted by series, then date;
 * each series occupies rows [seriesStart[s], seriesStart[s+1]) on a regular grid of its frequency
 * (gaps filled). Rows from historyEnd[s] to the series' end are the plan (covariates, no sales).
 */
export interface Dataset {
  frequency: Frequency;
  /** Names of the key columns, in mapping order ('series' for a single unnamed key). */
  keyNames: string[];
  targetName: string;
  /** One id per series: key values joined with '/' ('/' inside a key written '\/'). */
  seriesIds: string[];
  /** Key values per series, in keyNames order. */
  seriesKeys: string[][];
  seriesStart: Int32Array;
  historyEnd: Int32Array;
  dates: Int32Array;
  target: Float64Array;
  rowState: Uint8Array;
  /** 1 where the outlier rule flagged (and maybe capped) the value. */
  outlier: Uint8Array;
  covariates: Covariate[];
  /** Values of the mapped stock columns, aligned with the rows (long layout only). */
  stock?: Partial<Record<StockRole, Float64Array>>;
}

export type IssueSeverity = 'alert' | 'status';

/**
 * A finding about the user's data: `alert` needs attention, `status` is a routine note. Its code and
 * parameters (problem-codes.ts) are worded by the data step in the user's language.
 */
export type DataIssue = IssueDetail & {
  severity: IssueSeverity;
  /** How many rows/cells/periods it concerns. */
  count: number;
  /** Up to a few example places (1-based file lines and column names). */
  where?: { line: number; column?: string }[];
};

export interface DatasetSummary {
  fileName: string;
  layout: Layout;
  /** Data rows read from the file (header excluded). */
  rows: number;
  series: number;
  /** (date, series) observations after pivoting/cleaning, plan rows excluded. */
  observations: number;
  firstDate: DayNumber;
  lastDate: DayNumber;
  frequency: Frequency;
  /** Share of observed periods whose sales are exactly 0. */
  zeroShare: number;
  /** Periods kept out of demand (closed, not listed). */
  notSelling: number;
  /** Plan rows (future covariates) found after the last sales date. */
  planRows: number;
  /** Series with too little history, by id (listed, not dropped). */
  shortSeries: string[];
}

export interface DerivedDataset {
  dataset: Dataset;
  summary: DatasetSummary;
  /** Every cleaning action with its count, and every problem with the data, as codes. */
  issues: DataIssue[];
}
