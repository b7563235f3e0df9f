/**
 * Main-thread side of the parse worker: one ParseSession (one worker) per imported file. The
 * session stays alive after the import so mapping changes re-derive from the table already read.
 * Each derive is its own RPC request, and only the newest one's answer is passed on: an older
 * derive that answers late can never overwrite a newer mapping's result.
 */
import type { CleaningSettings, ColumnMapping } from '../core/dataset/types';
import type { DerivedDataset, ImportProgress, ParseFailure, ParseMethods, TableRead } from './protocol';
import { RpcClient, errorEnvelope, isCancelled, type RpcCall, type RpcEndpoint } from './rpc';

export interface ParseSessionEvents {
  onProgress(progress: ImportProgress): void;
  onTableRead(table: TableRead): void;
  onDerived(derived: DerivedDataset): void;
  onFailed(failure: ParseFailure): void;
  onCancelled(): void;
}

/** A cancel that the worker cannot honour soon (inside the .xlsx unzip) ends the worker instead. */
const CANCEL_GRACE_MS = 800;

function createParseWorker(): Worker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
}

export class ParseSession {
  private readonly rpc: RpcClient<ParseMethods>;
  private importCall: RpcCall<TableRead> | null = null;
  private latestDerive: RpcCall<unknown> | null = null;
  private cancelTimer: ReturnType<typeof setTimeout> | undefined;
  private cancelRequested = false;
  private ended = false;

  constructor(
    private events: ParseSessionEvents,
    worker: RpcEndpoint = createParseWorker(),
  ) {
    // The page words a crash (code worker-crashed) itself; the detail is the browser's message.
    this.rpc = new RpcClient(worker, (detail) => detail);
  }

  importFile(file: File, sheet: string | null): void {
    const call = this.rpc.call(
      { type: 'import-file', file, sheet },
      {
        onProgress: (progress) => {
          if (!this.ended) this.events.onProgress(progress);
        },
      },
    );
    this.importCall = call;
    call.result.then(
      (table) => {
        if (this.settled()) this.events.onTableRead(table);
      },
      (error: unknown) => {
        if (this.settled(error)) this.events.onFailed({ stage: 'read', error: errorEnvelope(error) });
      },
    );
  }

  /** Derives the Dataset for `mapping` (null: let the worker guess it) without re-reading the file. */
  derive(mapping: ColumnMapping | null, settings: CleaningSettings): void {
    const call = this.rpc.call({ type: 'derive', mapping, settings });
    this.latestDerive = call;
    call.result.then(
      (outcome) => {
        if (call !== this.latestDerive || !this.settled()) return;
        if (outcome.type === 'derived') this.events.onDerived(outcome);
        else this.events.onFailed({ stage: 'derive', error: outcome.error, mapping: outcome.mapping });
      },
      (error: unknown) => {
        if (call !== this.latestDerive || !this.settled(error)) return;
        this.events.onFailed({ stage: 'derive', error: errorEnvelope(error) });
      },
    );
  }

  /** Sends later events to new handlers (after the import, derive results are remaps). */
  retarget(events: Partial<ParseSessionEvents>): void {
    this.events = { ...this.events, ...events };
  }

  /** Stops the import: whatever the worker answers afterwards is dropped, and the session ends. */
  cancel(): void {
    if (this.cancelRequested || this.ended) return;
    this.cancelRequested = true;
    this.importCall?.cancel();
    this.latestDerive?.cancel();
    this.cancelTimer = setTimeout(() => this.endCancelled(), CANCEL_GRACE_MS);
  }

  dispose(): void {
    clearTimeout(this.cancelTimer);
    this.ended = true;
    this.rpc.terminate();
  }

  /**
   * Whether an answer is still wanted. Once a cancel was asked for, any answer (a result that
   * crossed the cancel in flight, or the cancelled reply itself) ends the session as cancelled.
   */
  private settled(error?: unknown): boolean {
    if (this.ended) return false;
    if (this.cancelRequested || isCancelled(error)) {
      this.endCancelled();
      return false;
    }
    return true;
  }

  private endCancelled(): void {
    if (this.ended) return;
    this.dispose();
    this.events.onCancelled();
  }
}
