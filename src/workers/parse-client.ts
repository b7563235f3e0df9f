/**
 * Main-thread side of the parse worker: one ParseSession (one worker) per imported file. The
 * session stays alive after the import so mapping changes re-derive from the table already read.
 */
import type { CleaningSettings, ColumnMapping } from '../core/dataset/types';
import type {
  DerivedMessage,
  FailedMessage,
  ParseRequest,
  ParseResponse,
  ProgressMessage,
  TableReadMessage,
} from './protocol';

export interface ParseSessionEvents {
  onProgress(message: ProgressMessage): void;
  onTableRead(message: TableReadMessage): void;
  onDerived(message: DerivedMessage): void;
  onFailed(message: FailedMessage): void;
  onCancelled(): void;
}

/** A cancel that the worker cannot honour soon (inside the .xlsx unzip) ends the worker instead. */
const CANCEL_GRACE_MS = 800;

export class ParseSession {
  private readonly worker: Worker;
  private cancelTimer: ReturnType<typeof setTimeout> | undefined;
  private cancelRequested = false;
  private ended = false;

  constructor(private events: ParseSessionEvents) {
    this.worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.events.onFailed({
        type: 'failed',
        stage: 'read',
        error: {
          code: 'worker-crashed',
          message: `The reader stopped unexpectedly: ${event.message || 'unknown error'}.`,
        },
      });
    });
  }

  importFile(file: File, sheet: string | null): void {
    this.send({ type: 'import-file', file, sheet });
  }

  /** Derives the Dataset for `mapping` (null: let the worker guess it) without re-reading the file. */
  derive(mapping: ColumnMapping | null, settings: CleaningSettings): void {
    this.send({ type: 'derive', mapping, settings });
  }

  /** Sends later events to new handlers (after the import, derive results are remaps). */
  retarget(events: Partial<ParseSessionEvents>): void {
    this.events = { ...this.events, ...events };
  }

  /** Stops the import: whatever the worker sends afterwards is dropped, and the session ends. */
  cancel(): void {
    if (this.cancelRequested || this.ended) return;
    this.cancelRequested = true;
    this.send({ type: 'cancel' });
    this.cancelTimer = setTimeout(() => this.endCancelled(), CANCEL_GRACE_MS);
  }

  dispose(): void {
    clearTimeout(this.cancelTimer);
    this.ended = true;
    this.worker.terminate();
  }

  private send(request: ParseRequest): void {
    if (!this.ended) this.worker.postMessage(request);
  }

  private endCancelled(): void {
    if (this.ended) return;
    this.dispose();
    this.events.onCancelled();
  }

  private receive(message: ParseResponse): void {
    if (this.ended) return;
    // A result that crossed the cancel in flight is not wanted any more.
    if (this.cancelRequested && message.type !== 'progress') {
      this.endCancelled();
      return;
    }
    switch (message.type) {
      case 'progress':
        this.events.onProgress(message);
        break;
      case 'table-read':
        this.events.onTableRead(message);
        break;
      case 'derived':
        this.events.onDerived(message);
        break;
      case 'failed':
        this.events.onFailed(message);
        break;
      case 'cancelled':
        this.endCancelled();
        break;
    }
  }
}
