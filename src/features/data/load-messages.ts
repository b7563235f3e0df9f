/** The sentences the data step shows about a load, kept apart from the flow so they can be tested. */
import type { WorkerError } from '../../workers/protocol';

function placeOf(error: WorkerError): string {
  const parts: string[] = [];
  if (error.where?.line !== undefined) parts.push(`line ${error.where.line}`);
  if (error.where?.column !== undefined) parts.push(`column "${error.where.column}"`);
  return parts.length > 0 ? ` (at ${parts.join(', ')})` : '';
}

/** The error as one sentence, with its place before the full stop. */
function reason(error: WorkerError): string {
  return `${error.message.trim().replace(/[.!?]$/, '')}${placeOf(error)}.`;
}

/** A file that could not be loaded: why, where, and what stays on screen. */
export function failedLoadMessage(fileName: string, error: WorkerError, hasPrevious: boolean): string {
  const kept = hasPrevious ? ' The data loaded before is still shown.' : '';
  return `"${fileName}" was not loaded: ${reason(error)}${kept}`;
}

/** A file that was read but needs the user to choose its columns before it can load. */
export function pendingMappingMessage(fileName: string, error: WorkerError, hasPrevious: boolean): string {
  const kept = hasPrevious ? ' The data loaded before is still shown until then.' : '';
  return `"${fileName}" is not loaded yet: ${reason(error)} Its columns are shown below.${kept}`;
}

/** A mapping or settings change that could not be applied. */
export function failedRemapMessage(error: WorkerError): string {
  return `That change could not be applied, so the previous mapping is kept: ${reason(error)}`;
}

export function rememberedMappingNote(fileName: string, savedAt: string): string {
  return `"${fileName}" has the same columns as a file you loaded before, so the column mapping and cleaning settings you chose then (${savedAt.slice(0, 10)}) were applied.`;
}
