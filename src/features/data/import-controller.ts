/**
 * The data step's flow: import a file in a fresh worker, apply a remembered mapping (or let the
 * worker guess one), and re-derive on mapping changes. The session behind the dataset on screen is
 * kept until a new file has loaded, so a failed load leaves the previous data fully working. A file
 * that was read but gives no sales column under the guessed mapping waits, with its mapping shown,
 * until the user chooses one that reads.
 */
import { useAppStore } from '../shared/store';
import { DEFAULT_CLEANING, type CleaningSettings, type ColumnMapping } from '../../core/dataset/types';
import { recallMapping, rememberMapping } from '../../storage/mappings';
import { checkFileSize } from '../../workers/file-limits';
import { ParseSession } from '../../workers/parse-client';
import type { DerivedDataset, ParseFailure, TableRead, WorkerError } from '../../workers/protocol';
import type { DataState, LoadNote } from './data-slice';

/** The session whose table backs the dataset on screen. */
let current: ParseSession | null = null;
/** The import in progress (or waiting for a mapping), if any. */
let incoming: ParseSession | null = null;

function data() {
  return useAppStore.getState().data;
}

function update(patch: Partial<DataState>): void {
  useAppStore.getState().updateData(patch);
}

function failLoad(fileName: string, error: WorkerError): void {
  update({
    importing: null,
    pending: null,
    notes: [{ kind: 'failed-load', fileName, error, hasPrevious: data().loaded !== null }],
  });
}

/** Reads `file` (an .xlsx `sheet`, or its first sheet) and replaces the dataset on screen when it loads. */
export function importFile(file: File, sheet: string | null = null): void {
  incoming?.dispose();
  incoming = null;
  const refused = checkFileSize(file.name, file.size);
  if (refused) {
    failLoad(file.name, refused);
    return;
  }
  update({
    importing: { fileName: file.name, bytes: 0, totalBytes: file.size, rows: 0, cancelling: false },
    pending: null,
    notes: [],
  });

  let table: TableRead | null = null;
  let rememberedNote: LoadNote | null = null;
  const session: ParseSession = new ParseSession({
    onProgress(message) {
      const importing = data().importing;
      if (importing)
        update({
          importing: {
            ...importing,
            bytes: message.bytes,
            totalBytes: message.totalBytes,
            rows: message.rows,
          },
        });
    },
    onTableRead(message) {
      table = message;
      void recallMapping(message.signature).then((remembered) => {
        if (remembered) {
          rememberedNote = { kind: 'remembered', fileName: file.name, savedAt: remembered.savedAt };
        }
        session.derive(remembered?.mapping ?? null, remembered?.settings ?? DEFAULT_CLEANING);
      });
    },
    onDerived(message) {
      if (!table) return;
      // A mapping the user chose for a waiting file is remembered, as any mapping change is.
      if (data().pending) void rememberMapping(table.signature, message.mapping, message.settings);
      finishImport(session, file, table, message, rememberedNote);
    },
    onFailed(message) {
      if (message.stage === 'derive' && rememberedNote) {
        // The remembered mapping no longer fits this file's values: fall back to a fresh guess.
        rememberedNote = null;
        session.derive(null, DEFAULT_CLEANING);
        return;
      }
      if (table && waitsForMapping(message)) {
        awaitMapping(file.name, table, message);
        return;
      }
      session.dispose();
      if (incoming === session) incoming = null;
      failLoad(file.name, message.error);
    },
    onCancelled() {
      if (incoming !== session) return;
      incoming = null;
      update({
        importing: null,
        notes: [{ kind: 'cancelled', fileName: file.name, hasPrevious: data().loaded !== null }],
      });
    },
  });
  incoming = session;
  session.importFile(file, sheet);
}

/** A file read whose mapping gives no sales column, or one already waiting whose chosen mapping failed. */
function waitsForMapping(message: ParseFailure): message is ParseFailure & { mapping: ColumnMapping } {
  if (message.stage !== 'derive' || !message.mapping) return false;
  return message.error.code === 'no-target-column' || data().pending !== null;
}

/** Shows the file's preview and mapping, with why it is not loaded yet; its session stays `incoming`. */
function awaitMapping(
  fileName: string,
  table: TableRead,
  failed: ParseFailure & { mapping: ColumnMapping },
): void {
  const hasPrevious = data().loaded !== null;
  update({
    importing: null,
    deriving: false,
    revision: data().revision + 1,
    notes: [{ kind: 'pending', fileName, error: failed.error, hasPrevious }],
    pending: {
      fileName,
      header: table.header,
      preview: table.preview,
      mapping: failed.mapping,
      settings: data().pending?.settings ?? DEFAULT_CLEANING,
    },
  });
}

/** Tries a mapping for the file waiting for one; it replaces the data on screen once it reads. */
export function mapPending(mapping: ColumnMapping, settings: CleaningSettings): void {
  const pending = data().pending;
  if (!incoming || !pending) return;
  update({ deriving: true, pending: { ...pending, mapping, settings } });
  incoming.derive(mapping, settings);
}

function finishImport(
  session: ParseSession,
  file: File,
  table: TableRead,
  message: DerivedDataset,
  rememberedNote: LoadNote | null,
): void {
  if (current !== session) {
    current?.dispose();
    current = session;
    incoming = null;
  }
  update({
    importing: null,
    pending: null,
    deriving: false,
    notes: rememberedNote ? [rememberedNote] : [],
    selectedSeries: -1,
    revision: data().revision + 1,
    loads: data().loads + 1,
    loaded: {
      file,
      header: table.header,
      signature: table.signature,
      preview: table.preview,
      sheets: table.sheets,
      sheet: table.sheet,
      dataset: message.dataset,
      summary: message.summary,
      issues: message.issues,
      mapping: message.mapping,
      settings: message.settings,
      stats: message.stats,
      total: message.total,
      dateInference: message.dateInference,
      outcomeColumns: message.outcomeColumns,
    },
  });
  // Remapping uses the same session; route its results to applyRemap from now on.
  session.retarget({
    onDerived: applyRemap,
    onFailed: (failed) =>
      update({
        deriving: false,
        revision: data().revision + 1,
        notes: [{ kind: 'failed-remap', error: failed.error }],
      }),
  });
}

function applyRemap(message: DerivedDataset): void {
  const loaded = data().loaded;
  if (!loaded) return;
  const seriesCount = message.dataset.seriesIds.length;
  const selected = data().selectedSeries;
  update({
    deriving: false,
    notes: [],
    revision: data().revision + 1,
    selectedSeries: selected < seriesCount ? selected : -1,
    loaded: { ...loaded, ...pickDerived(message) },
  });
  void rememberMapping(loaded.signature, message.mapping, message.settings);
}

function pickDerived(message: DerivedDataset) {
  const { dataset, summary, issues, mapping, settings, stats, total, dateInference, outcomeColumns } =
    message;
  return { dataset, summary, issues, mapping, settings, stats, total, dateInference, outcomeColumns };
}

/** Re-derives the dataset on screen with a new mapping or cleaning settings, without re-reading the file. */
export function remap(mapping: ColumnMapping, settings: CleaningSettings): void {
  if (!current) return;
  update({ deriving: true });
  current.derive(mapping, settings);
}

export function cancelImport(): void {
  const importing = data().importing;
  if (!incoming || !importing) return;
  update({ importing: { ...importing, cancelling: true } });
  incoming.cancel();
}
