/**
 * What core says about the user's data, as codes with parameters, never sentences: the data step
 * words each code in the user's language (docs/architecture.md, "Language"). Each code has its own
 * parameters, so a wording can never ask for a figure the finding does not carry.
 */

/** A sales or flag value the file gives as text the column cannot read. */
export interface UnreadableExample {
  text: string;
  /** 1-based file line. */
  line: number;
}

/** How a column's unreadable cells are read from then on. */
export type UnreadableConsequence = 'unknown' | 'open' | 'missing-sales';

/** A finding about the data that was loaded (DataIssue): a cleaning action or a problem. */
export type IssueDetail =
  /** Rows of a series and period already seen; `column` (alerts only) would tell them apart. */
  | { code: 'duplicates'; params: { rows: number; mode: 'sum' | 'last'; column: string | null } }
  | { code: 'gaps-filled'; params: { series: number; mode: 'zero' | 'missing' } }
  | { code: 'missing-sales'; params: Record<string, never> }
  | { code: 'negatives'; params: { mode: 'keep' | 'clip' } }
  | { code: 'not-selling'; params: { closed: number; unlisted: number } }
  | { code: 'outliers'; params: { mode: 'flag' | 'cap' } }
  | { code: 'plan-rows'; params: { series: number } }
  /** `examples`: the first few short series' ids. */
  | { code: 'short-series'; params: { minimum: number; examples: readonly string[] } }
  /** Cells of `columns` that do not read as `reading`; `example` is the first one (one column only). */
  | {
      code: 'unparseable-number';
      params: {
        columns: readonly string[];
        reading: 'numbers' | 'flag';
        then: UnreadableConsequence;
        example: UnreadableExample | null;
      };
    }
  | { code: 'unreadable-date'; params: { column: string } }
  | { code: 'malformed-quotes'; params: Record<string, never> }
  | { code: 'invalid-characters'; params: Record<string, never> }
  | { code: 'legacy-encoding'; params: Record<string, never> }
  /** Fewer rows than lines: `inside` line breaks sit inside quoted values; the longest value starts on `line`. */
  | { code: 'rows-span-lines'; params: { rows: number; lines: number; line: number; spans: number } }
  | { code: 'extra-fields'; params: Record<string, never> }
  | { code: 'missing-fields'; params: Record<string, never> }
  | { code: 'blank-lines'; params: Record<string, never> }
  /**
   * Dates split over `parts` (year and month, week, or month and day) read as one column, `column`;
   * `weeks` when a week number was read (as the ISO week of its year).
   */
  | { code: 'date-parts-joined'; params: { column: string; parts: readonly string[]; weeks: boolean } };

export type IssueCode = IssueDetail['code'];

/** Why a file could not be loaded (DataError, and the worker's refusals before reading). */
export type LoadProblem =
  | { code: 'empty-file'; params: Record<string, never> }
  | { code: 'no-data-rows'; params: Record<string, never> }
  | { code: 'binary-file'; params: Record<string, never> }
  | { code: 'irregular-dates'; params: Record<string, never> }
  | { code: 'no-date-column'; params: { columns: readonly string[] } }
  /**
   * No column mapped to the sales; `column` is the sales-named one, with `unreadable` of `rows`
   * values that are not numbers (`examples` the first few).
   */
  | {
      code: 'no-target-column';
      params: {
        columns: readonly string[];
        column: string | null;
        unreadable: number;
        rows: number;
        examples: readonly UnreadableExample[];
      };
    }
  | { code: 'dates-unreadable'; params: { column: string } }
  /** `detail`: the workbook library's own words (not translatable; quoted for a problem report). */
  | { code: 'unreadable-workbook'; params: { detail: string } }
  | { code: 'empty-workbook'; params: Record<string, never> }
  | { code: 'empty-sheet'; params: { sheet: string } }
  /** Sizes in whole megabytes. */
  | { code: 'xlsx-too-large'; params: { megabytes: number; limit: number } }
  | { code: 'file-too-large'; params: { megabytes: number; limit: number } };

export type LoadProblemCode = LoadProblem['code'];

const LOAD_PROBLEM_CODES: ReadonlySet<string> = new Set<LoadProblemCode>([
  'empty-file',
  'no-data-rows',
  'binary-file',
  'irregular-dates',
  'no-date-column',
  'no-target-column',
  'dates-unreadable',
  'unreadable-workbook',
  'empty-workbook',
  'empty-sheet',
  'xlsx-too-large',
  'file-too-large',
]);

/**
 * Reads a code and parameters that crossed from a worker back as a LoadProblem, or null for any
 * other code (an RPC failure, a defect). The worker built them from this same union.
 */
export function asLoadProblem(code: string, params: unknown): LoadProblem | null {
  if (!LOAD_PROBLEM_CODES.has(code)) return null;
  return { code, params: params ?? {} } as LoadProblem;
}

/** A problem with no parameters, e.g. `problem('empty-file')`. */
export const NO_PARAMS: Record<string, never> = {};
