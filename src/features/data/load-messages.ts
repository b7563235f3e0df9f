/**
 * The sentences the data step shows about a load, kept apart from the flow so they can be tested.
 * Notes are stored as what happened (LoadNote) and worded at render time, so switching the
 * language re-words them.
 */
import type { TFunction } from 'i18next';
import { asLoadProblem, type LoadProblem } from '../../core/dataset/problem-codes';
import type { WorkerError } from '../../workers/protocol';
import type { LoadNote } from './data-slice';
import { listText } from './word-lists';

function problemText(t: TFunction<'data'>, problem: LoadProblem): string {
  switch (problem.code) {
    case 'no-date-column':
      return t('errors.no-date-column', { columns: listText(t, problem.params.columns) });
    case 'no-target-column': {
      const { columns, column, unreadable, rows, examples } = problem.params;
      const names = listText(t, columns);
      if (column === null || unreadable === 0) return t('errors.no-target-column', { columns: names });
      const shown = examples.map((example) =>
        t('errors.example', { text: example.text, line: example.line }),
      );
      return t('errors.noTargetUnreadable', {
        columns: names,
        column,
        count: unreadable,
        rows,
        examples: listText(t, shown, unreadable),
      });
    }
    case 'dates-unreadable':
      return t('errors.dates-unreadable', { column: problem.params.column });
    case 'unreadable-workbook':
      return t('errors.unreadable-workbook', { detail: problem.params.detail });
    case 'empty-sheet':
      return t('errors.empty-sheet', { sheet: problem.params.sheet });
    case 'xlsx-too-large':
      return t('errors.xlsx-too-large', problem.params);
    case 'file-too-large':
      return t('errors.file-too-large', problem.params);
    case 'empty-file':
    case 'no-data-rows':
    case 'binary-file':
    case 'irregular-dates':
    case 'empty-workbook':
      return t(`errors.${problem.code}`);
  }
}

/** Why a step failed, as one sentence with its place in the file, if known. */
export function reasonText(t: TFunction<'data'>, error: WorkerError): string {
  const problem = asLoadProblem(error.code, error.params);
  let reason: string;
  if (problem) reason = problemText(t, problem);
  else if (error.code === 'worker-crashed') reason = t('errors.worker-crashed', { detail: error.message });
  else if (error.code === 'no-table') reason = t('errors.no-table');
  else reason = t('errors.unexpected', { detail: error.message });
  const place: string[] = [];
  if (error.where?.line !== undefined) place.push(t('errors.line', { line: error.where.line }));
  if (error.where?.column !== undefined) place.push(t('errors.column', { column: error.where.column }));
  if (place.length === 0) return reason;
  // The place goes before the sentence's full stop.
  return t('errors.atPlace', {
    reason: reason.replace(/[.。!?！？]$/, ''),
    place: place.join(t('errors.placeSeparator')),
  });
}

export function noteText(t: TFunction<'data'>, note: LoadNote): string {
  switch (note.kind) {
    case 'failed-load': {
      const options = { file: note.fileName, reason: reasonText(t, note.error) };
      return note.hasPrevious ? t('notes.failedLoadKept', options) : t('notes.failedLoad', options);
    }
    case 'pending': {
      const options = { file: note.fileName, reason: reasonText(t, note.error) };
      return note.hasPrevious ? t('notes.pendingKept', options) : t('notes.pending', options);
    }
    case 'failed-remap':
      return t('notes.failedRemap', { reason: reasonText(t, note.error) });
    case 'remembered':
      return t('notes.remembered', { file: note.fileName, date: note.savedAt.slice(0, 10) });
    case 'cancelled':
      return note.hasPrevious
        ? t('notes.cancelledKept', { file: note.fileName })
        : t('notes.cancelled', { file: note.fileName });
  }
}

/** Failures are alerts; a remembered mapping or a cancelled import is a routine note. */
export function noteSeverity(note: LoadNote): 'alert' | 'status' {
  return note.kind === 'remembered' || note.kind === 'cancelled' ? 'status' : 'alert';
}
