/**
 * The parse worker: reads one file (text or .xlsx) into a RawTable, keeps it, and derives the
 * Dataset for whatever mapping the main thread asks for. Only glue lives here; the reading and the
 * cleaning are core's.
 */
import { inferDateReading } from '../core/dataset/dates';
import { deriveDataset } from '../core/dataset/derive';
import { mappingSignature } from '../core/dataset/mapping-signature';
import { guessMapping } from '../core/dataset/roles';
import { outcomeColumns } from '../core/dataset/outcome-columns';
import type { ColumnMapping, DateInference, RawTable } from '../core/dataset/types';
import { checkFileSize, fileKindOf } from './file-limits';
import { ImportCancelled, toWorkerError } from './import-errors';
import type {
  DeriveOutcome,
  DeriveRequest,
  ImportFileRequest,
  ImportProgress,
  ParseMethods,
  TableRead,
} from './protocol';
import { readDelimitedFile } from './read-text';
import { readWorkbookSheet } from './read-xlsx';
import {
  RpcFailure,
  serveRpc,
  withTransfer,
  type RpcContext,
  type RpcWorkerScope,
  type Transferred,
} from './rpc-worker';
import { computeSeriesStats, computeTotalHistory } from './series-stats';
import { previewRows } from './table-preview';
import { resultTransferables, tableBuffers } from './transferables';

const PROGRESS_INTERVAL_MS = 100;
const PREVIEW_ROWS = 5;

/** The table of the last file read; every derive works on it. */
let table: RawTable | null = null;

async function importFile(
  request: ImportFileRequest,
  context: RpcContext<ImportProgress>,
): Promise<TableRead> {
  table = null;
  const { file } = request;
  const refused = checkFileSize(file.name, file.size);
  if (refused) throw new RpcFailure(refused);
  let lastProgress = 0;
  const control = {
    isCancelled: () => context.cancel.cancelled,
    onProgress(bytes: number, rows: number) {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS && bytes < file.size) return;
      lastProgress = now;
      context.progress({ bytes, totalBytes: file.size, rows });
    },
  };
  let sheets: string[] | null = null;
  let sheet: string | null = null;
  let read: RawTable;
  if (fileKindOf(file.name) === 'xlsx') {
    // The unzip cannot stop half-way: a cancel during it is seen here, or the client terminates us.
    const workbook = await readWorkbookSheet(file, request.sheet);
    if (context.cancel.cancelled) throw new ImportCancelled();
    ({ sheets, sheet, table: read } = workbook);
    control.onProgress(file.size, read.rowCount);
  } else {
    read = await readDelimitedFile(file, control);
  }
  table = read;
  return {
    fileName: file.name,
    header: read.header,
    signature: mappingSignature(read.header),
    rowCount: read.rowCount,
    preview: previewRows(read, PREVIEW_ROWS),
    sheets,
    sheet,
  };
}

/** Whether the mapped date column could be read day-first and month-first alike. */
function inferMappedDates(source: RawTable, mapping: ColumnMapping): DateInference | null {
  const column = source.columns.find((candidate) => candidate.name === mapping.date);
  return column?.kind === 'dict' ? inferDateReading(column.dict) : null;
}

/** The columns outcomeColumns looks at: every one without a role, or with only a covariate's. */
function unmappedColumns(header: readonly string[], mapping: ColumnMapping): string[] {
  const roles = new Set<string | null>([
    mapping.date,
    mapping.target,
    mapping.availability,
    ...mapping.series,
    ...Object.values(mapping.stock ?? {}),
  ]);
  return header.filter((name) => !roles.has(name));
}

function derive(request: DeriveRequest): DeriveOutcome | Transferred<DeriveOutcome> {
  if (!table) throw new RpcFailure({ code: 'no-table', message: 'no-table' });
  const mapping = request.mapping ?? guessMapping(table);
  try {
    const { dataset, summary, issues } = deriveDataset(table, mapping, request.settings);
    const stats = computeSeriesStats(dataset);
    const total = computeTotalHistory(dataset);
    const transfer = resultTransferables(dataset, stats, total, tableBuffers(table));
    const dateInference = inferMappedDates(table, mapping);
    const outcomes = outcomeColumns(table, mapping, unmappedColumns(table.header, mapping));
    const derived: DeriveOutcome = {
      type: 'derived',
      dataset,
      summary,
      issues,
      mapping,
      settings: request.settings,
      stats,
      total,
      dateInference,
      outcomeColumns: outcomes,
    };
    return withTransfer(derived, transfer);
  } catch (thrown) {
    return { type: 'mapping-rejected', error: toWorkerError(thrown), mapping };
  }
}

serveRpc<ParseMethods>(
  self as unknown as RpcWorkerScope,
  { 'import-file': importFile, derive },
  toWorkerError,
);
