/**
 * Every message between the main thread and the parse worker. One worker serves one imported
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

/** A problem that stopped a step, in words, with the place in the file when one is known. */
export interface WorkerError {
  code: string;
  message: string;
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

export interface CancelRequest {
  type: 'cancel';
}

export type ParseRequest = ImportFileRequest | DeriveRequest | CancelRequest;

export interface ProgressMessage {
  type: 'progress';
  bytes: number;
  totalBytes: number;
  rows: number;
}

/** The file has been read; the client answers with a DeriveRequest (a remembered mapping, or null). */
export interface TableReadMessage {
  type: 'table-read';
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

export interface DerivedMessage {
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
}

export interface FailedMessage {
  type: 'failed';
  /** 'read': the file could not be read; 'derive': the mapping could not be applied. */
  stage: 'read' | 'derive';
  error: WorkerError;
  /** At stage 'derive': the mapping that was tried (guessed, when none was asked for). */
  mapping?: ColumnMapping;
}

export interface CancelledMessage {
  type: 'cancelled';
}

export type ParseResponse =
  ProgressMessage | TableReadMessage | DerivedMessage | FailedMessage | CancelledMessage;
