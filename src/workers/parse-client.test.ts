import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEANING, type ColumnMapping } from '../core/dataset/types';
import { ParseSession, type ParseSessionEvents } from './parse-client';
import type { DerivedDataset, ParseMethods } from './protocol';
import { memoryWorker } from './rpc-memory-worker';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const mappingWith = (date: string) => ({ date }) as unknown as ColumnMapping;

function sessionWith(gates: Map<string, () => void>, log: string[]) {
  const worker = memoryWorker<ParseMethods>({
    async 'import-file'(request, context) {
      context.progress({ bytes: 1, totalBytes: request.file.size, rows: 1 });
      while (!context.cancel.cancelled) await sleep(1);
      throw new Error('stopped');
    },
    async derive(request) {
      const date = request.mapping?.date ?? 'guessed';
      if (date === 'slow') await new Promise<void>((resolve) => gates.set(date, resolve));
      return { type: 'derived', mapping: mappingWith(date) } as DerivedDataset;
    },
  });
  const events: ParseSessionEvents = {
    onProgress: (progress) => log.push(`progress ${progress.rows}`),
    onTableRead: () => log.push('table'),
    onDerived: (derived) => log.push(`derived ${derived.mapping.date}`),
    onFailed: (failure) => log.push(`failed ${failure.error.code}`),
    onCancelled: () => log.push('cancelled'),
  };
  return new ParseSession(events, worker);
}

describe('ParseSession', () => {
  it('passes on only the newest derive, even when an older one answers after it', async () => {
    const gates = new Map<string, () => void>();
    const log: string[] = [];
    const session = sessionWith(gates, log);
    session.derive(mappingWith('slow'), DEFAULT_CLEANING);
    session.derive(mappingWith('fast'), DEFAULT_CLEANING);
    while (!log.includes('derived fast') || !gates.has('slow')) await sleep(1);
    gates.get('slow')?.();
    await sleep(20);
    expect(log).toEqual(['derived fast']);
    session.dispose();
  });

  it('cancels an import through the worker and reports it once, before the grace period ends', async () => {
    const log: string[] = [];
    const session = sessionWith(new Map(), log);
    session.importFile(new File(['date,sales\n'], 'sales.csv'), null);
    while (!log.includes('progress 1')) await sleep(1);
    session.cancel();
    await sleep(100);
    expect(log).toEqual(['progress 1', 'cancelled']);
  });
});
