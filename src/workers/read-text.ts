/**
 * Streams a delimited text file into the core reader in ~1 MB slices, so a large file never sits
 * in memory twice, and reports progress between slices (which is also where a cancel lands).
 */
import { DelimitedReader } from '../core/dataset/delimited-reader';
import type { RawTable } from '../core/dataset/types';
import { ImportCancelled } from './import-errors';

const SLICE_BYTES = 1024 * 1024;

export interface ReadControl {
  onProgress(bytes: number, rows: number): void;
  isCancelled(): boolean;
}

export async function readDelimitedFile(file: File, control: ReadControl): Promise<RawTable> {
  const reader = new DelimitedReader(file.name);
  for (let offset = 0; offset < file.size; offset += SLICE_BYTES) {
    const slice = await file.slice(offset, offset + SLICE_BYTES).arrayBuffer();
    if (control.isCancelled()) throw new ImportCancelled();
    reader.push(new Uint8Array(slice));
    control.onProgress(Math.min(file.size, offset + SLICE_BYTES), reader.rowsRead);
  }
  return reader.finish();
}
