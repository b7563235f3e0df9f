/**
 * The parse worker: reads one file (text or .xlsx) into a RawTable, keeps it, and derives the
 * Dataset for whatever mapping the main thread asks for. Only glue lives here; the reading and the
 * cleaning are core's.
 */
import { inferDateReading } from '../core/dataset/dates';
import { deriveDataset } from '../core/dataset/derive';
import { mappingSignature } from '../core/dataset/mapping-signature';
import { guessMapping } from '../core/dataset/roles';
import type { ColumnMapping, DateInference, RawTable } from '../core/dataset/types';
import { checkFileSize, fileKindOf } from './file-limits';
import { ImportCancelled, toWorkerError } from './import-errors';
import type {
  DeriveRequest,
  FailedMessage,
  ImportFileRequest,
  ParseRequest,
  ParseResponse,
} from './protocol';
import { readDelimitedFile } from './read-text';
import { readWorkbookSheet } from './read-xlsx';
import { computeSeriesStats, computeTotalHistory } from './series-stats';
import { previewRows } from './table-preview';
import { resultTransferables, tableBuffers } from './transferables';

/** The slice of the dedicated-worker global this file uses (the app's tsconfig has the DOM lib only). */
interface WorkerScope {
  postMessage(message: ParseResponse, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

const PROGRESS_INTERVAL_MS = 100;
const PREVIEW_ROWS = 5;

let table: RawTable | null = null;
let cancelled = false;

function post(message: ParseResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function importFile(request: ImportFileRequest): Promise<void> {
  const { file } = request;
  const refused = checkFileSize(file.name, file.size);
  if (refused) {
    post({ type: 'failed', stage: 'read', error: refused });
    return;
  }
  let lastProgress = 0;
  const control = {
    isCancelled: () => cancelled,
    onProgress(bytes: number, rows: number) {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS && bytes < file.size) return;
      lastProgress = now;
      post({ type: 'progress', bytes, totalBytes: file.size, rows });
    },
  };
  try {
    let sheets: string[] | null = null;
    let sheet: string | null = null;
    if (fileKindOf(file.name) === 'xlsx') {
      const workbook = await readWorkbookSheet(file, request.sheet);
      if (cancelled) throw new ImportCancelled();
      ({ sheets, sheet, table } = workbook);
      control.onProgress(file.size, table.rowCount);
    } else {
      table = await readDelimitedFile(file, control);
    }
    post({
      type: 'table-read',
      fileName: file.name,
      header: table.header,
      signature: mappingSignature(table.header),
      rowCount: table.rowCount,
      preview: previewRows(table, PREVIEW_ROWS),
      sheets,
      sheet,
    });
  } catch (thrown) {
    table = null;
    if (thrown instanceof ImportCancelled) post({ type: 'cancelled' });
    else post({ type: 'failed', stage: 'read', error: toWorkerError(thrown) });
  }
}

/** Whether the mapped date column could be read day-first and month-first alike. */
function inferMappedDates(source: RawTable, mapping: ColumnMapping): DateInference | null {
  const column = source.columns.find((candidate) => candidate.name === mapping.date);
  return column?.kind === 'dict' ? inferDateReading(column.dict) : null;
}

function derive(request: DeriveRequest): void {
  if (!table) {
    post({
      type: 'failed',
      stage: 'derive',
      error: { code: 'no-table', message: 'No file has been read yet.' },
    });
    return;
  }
  let mapping: ColumnMapping | null = request.mapping;
  try {
    mapping ??= guessMapping(table);
    const { dataset, summary, issues } = deriveDataset(table, mapping, request.settings);
    const stats = computeSeriesStats(dataset);
    const total = computeTotalHistory(dataset);
    const transfer = resultTransferables(dataset, stats, total, tableBuffers(table));
    const dateInference = inferMappedDates(table, mapping);
    post(
      {
        type: 'derived',
        dataset,
        summary,
        issues,
        mapping,
        settings: request.settings,
        stats,
        total,
        dateInference,
      },
      transfer,
    );
  } catch (thrown) {
    const failed: FailedMessage = { type: 'failed', stage: 'derive', error: toWorkerError(thrown) };
    if (mapping) failed.mapping = mapping;
    post(failed);
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  switch (request.type) {
    case 'import-file':
      cancelled = false;
      void importFile(request);
      break;
    case 'derive':
      derive(request);
      break;
    case 'cancel':
      cancelled = true;
      break;
  }
});
