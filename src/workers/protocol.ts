/**
 * The parse worker's methods (served over the worker RPC, rpc.ts). One worker serves one imported
 * file: it reads the file once, keeps the RawTable, and re-derives the Dataset whenever the user
 * changes the mapping or the cleaning settings. Errors cross as data, never as thrown exceptions.
 */
import type {
  CleaningSettings,
  ColumnMapping,
  DataIssue,
  Dataset,
  DatasetSummary,
  DateInference,
} from '../core/dataset/types';
import type { OutcomeColumn } from '../core/dataset/outcome-columns';

/**
 * A problem that stopped a step, with the place in the file when one is known. A data problem
 * (core/dataset/problem-codes.ts) carries its `params`, and the page words it from `code` and
 * `params`; `message` is then only for logs. Other codes (a crash, a defect) have a technical
 * `message` the page quotes as a detail.
 */
export interface WorkerError {
  code: string;
  message: string;
  params?: unknown;
  where?: { line?: number; column?: string };
}

export interface ImportFileRequest {
  type: 'import-file';
  file: File;
  /** Sheet of an .xlsx workbook to read; null reads the first one. */
  sheet: string | null;
}

/** Derive (or re-derive) the Dataset from the table already read. `mapping: null` = guess it. */
export interface DeriveRequest {
  type: 'derive';
  mapping: ColumnMapping | null;
  settings: CleaningSettings;
}

/** How far the import has read, streamed while it runs. */
export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
}

/** The file has been read; the client follows with a DeriveRequest (a remembered mapping, or null). */
export interface TableRead {
  fileName: string;
  header: string[];
  /** mappingSignature(header): the key under which a mapping for these columns is remembered. */
  signature: string;
  rowCount: number;
  /** The first few data rows as text, for the mapping panel. */
  preview: string[][];
  /** Sheet names of an .xlsx workbook (null for text files) and the one that was read. */
  sheets: string[] | null;
  sheet: string | null;
}

/** Per-series figures for the series picker, computed once per Dataset in the worker. */
export interface SeriesStats {
  /** Sum of observed sales per series (NaN periods left out). */
  totals: Float64Array;
  /** Share of observed periods whose sales are exactly 0, per series. */
  zeroShares: Float64Array;
  /** Series indices sorted by total sales (largest first), by share of zeros (largest first), by id. */
  byTotal: Int32Array;
  byZeroShare: Int32Array;
  byId: Int32Array;
}

/** Sales of all series added up per date (only dates where at least one series has a value). */
export interface TotalHistory {
  dates: Int32Array;
  values: Float64Array;
}

export interface DerivedDataset {
  type: 'derived';
  dataset: Dataset;
  summary: DatasetSummary;
  issues: DataIssue[];
  mapping: ColumnMapping;
  settings: CleaningSettings;
  stats: SeriesStats;
  total: TotalHistory;
  /** How the mapped date column's values read (null for wide date headers): flags a D/M vs M/D guess. */
  dateInference: DateInference | null;
  /** Columns besides the mapped roles that move with the sales and have no plan values (outcome-columns.ts). */
  outcomeColumns: OutcomeColumn[];
}

/**
 * A mapping that does not read this file's values. An answer, not an RPC error: the data step
 * shows the mapping that was tried (the guessed one, when none was asked for) so the user can fix it.
 */
export interface MappingRejected {
  type: 'mapping-rejected';
  error: WorkerError;
  mapping: ColumnMapping;
}

export type DeriveOutcome = DerivedDataset | MappingRejected;

export type ParseMethods = {
  'import-file': { request: ImportFileRequest; progress: ImportProgress; result: TableRead };
  derive: { request: DeriveRequest; progress: never; result: DeriveOutcome };
};

/** What stopped a step, as the data step is told it. */
export interface ParseFailure {
  /** 'read': the file could not be read; 'derive': the mapping could not be applied. */
  stage: 'read' | 'derive';
  error: WorkerError;
  /** At stage 'derive': the mapping that was tried, when the worker got as far as having one. */
  mapping?: ColumnMapping;
}
