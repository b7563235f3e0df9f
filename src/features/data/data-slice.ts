/**
 * The data step's slice of the app store: the loaded dataset (with everything the Data screen
 * shows about it), the import in progress, and the messages about the last load.
 */
import type { StateCreator } from 'zustand';
import type { CleaningSettings, ColumnMapping } from '../../core/dataset/types';
import type { DerivedDataset, WorkerError } from '../../workers/protocol';

/** A loaded file: what the worker derived from it, plus what the Data screen keeps about the file. */
export interface LoadedData extends Omit<DerivedDataset, 'type'> {
  /** The file itself, kept so another .xlsx sheet can be read from it. */
  file: File;
  header: string[];
  signature: string;
  preview: string[][];
  sheets: string[] | null;
  sheet: string | null;
}

/**
 * A file that was read but whose mapping gives no sales (or no dataset) yet: shown with its preview
 * and mapping so the user can choose the columns; the data loaded before stays until one reads.
 */
export interface PendingFile {
  fileName: string;
  header: string[];
  preview: string[][];
  mapping: ColumnMapping;
  settings: CleaningSettings;
}

export interface ImportProgress {
  fileName: string;
  bytes: number;
  totalBytes: number;
  rows: number;
  cancelling: boolean;
}

/**
 * A message about the last load that is not one of the dataset's own issues: what happened, worded
 * at render time in the user's language (load-messages.ts).
 */
export type LoadNote =
  | { kind: 'failed-load'; fileName: string; error: WorkerError; hasPrevious: boolean }
  | { kind: 'pending'; fileName: string; error: WorkerError; hasPrevious: boolean }
  | { kind: 'failed-remap'; error: WorkerError }
  | { kind: 'remembered'; fileName: string; savedAt: string }
  | { kind: 'cancelled'; fileName: string; hasPrevious: boolean };

export interface DataState {
  loaded: LoadedData | null;
  importing: ImportProgress | null;
  pending: PendingFile | null;
  /** True while a mapping or settings change is being re-derived. */
  deriving: boolean;
  notes: LoadNote[];
  /** Series shown in the history chart: an index into dataset.seriesIds, or -1 for the total. */
  selectedSeries: number;
  /** Bumped whenever a mapping change settles (applied or refused), so edit forms reset to `loaded`. */
  revision: number;
  /** Bumped when a file has loaded (not on a remap): the data step then moves focus to its summary. */
  loads: number;
}

export interface DataSlice {
  data: DataState;
  updateData(patch: Partial<DataState>): void;
}

export const INITIAL_DATA_STATE: DataState = {
  loaded: null,
  importing: null,
  pending: null,
  deriving: false,
  notes: [],
  selectedSeries: -1,
  revision: 0,
  loads: 0,
};

export const createDataSlice: StateCreator<DataSlice, [], [], DataSlice> = (set) => ({
  data: INITIAL_DATA_STATE,
  updateData: (patch) => set((state) => ({ data: { ...state.data, ...patch } })),
});
