import { afterEach, describe, expect, it } from 'vitest';
import { RpcClient, RpcError, isCancelled } from './rpc';
import { memoryWorker, type MemoryWorker } from './rpc-memory-worker';
import type { RpcReplyMessage } from './rpc-protocol';
import { RpcFailure, withTransfer, type RpcHandlers } from './rpc-worker';

type TestMethods = {
  /** Answers `key` once the test opens its gate. */
  hold: { request: { type: 'hold'; key: string }; progress: never; result: string };
  count: { request: { type: 'count'; to: number }; progress: number; result: number };
  /** Runs until cancelled. */
  spin: { request: { type: 'spin' }; progress: never; result: string };
  fail: { request: { type: 'fail'; described: boolean }; progress: never; result: never };
  double: { request: { type: 'double'; values: Float64Array }; progress: never; result: Float64Array };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const gates = new Map<string, () => void>();
let sawCancel = false;

const handlers: RpcHandlers<TestMethods> = {
  hold: (request) => new Promise<string>((resolve) => gates.set(request.key, () => resolve(request.key))),
  async count(request, context) {
    for (let i = 1; i <= request.to; i++) {
      context.progress(i);
      await sleep(1);
    }
    return request.to;
  },
  async spin(_request, context) {
    while (!context.cancel.cancelled) await sleep(1);
    sawCancel = true;
    return 'stopped';
  },
  fail(request) {
    if (request.described)
      throw new RpcFailure({
        code: 'bad-row',
        message: 'Row 3 has no date.',
        where: { line: 3, column: 'date' },
      });
    throw new Error('broken');
  },
  double(request) {
    const out = request.values.map((value) => value * 2);
    return withTransfer(out, [out.buffer]);
  },
};

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(1);
}

let worker: MemoryWorker;
let client: RpcClient<TestMethods>;

function connect(): void {
  worker = memoryWorker<TestMethods>(handlers, (thrown) => ({
    code: 'handler-threw',
    message: thrown instanceof Error ? thrown.message : String(thrown),
  }));
  client = new RpcClient<TestMethods>(worker, (detail) => `The test worker stopped: ${detail}.`);
}

afterEach(() => {
  worker.terminate();
  gates.clear();
  sawCancel = false;
});

describe('RpcClient with serveRpc', () => {
  it('resolves each promise with its own reply when replies come in reverse order', async () => {
    connect();
    const settled: string[] = [];
    const first = client.call({ type: 'hold', key: 'first' }).result.then((value) => settled.push(value));
    const second = client.call({ type: 'hold', key: 'second' }).result.then((value) => settled.push(value));
    await until(() => gates.size === 2);
    gates.get('second')?.();
    await second;
    gates.get('first')?.();
    await first;
    expect(settled).toEqual(['second', 'first']);
  });

  it('delivers progress to the request it belongs to', async () => {
    connect();
    const seenA: number[] = [];
    const seenB: number[] = [];
    const a = client.call({ type: 'count', to: 3 }, { onProgress: (value) => seenA.push(value) });
    const b = client.call({ type: 'count', to: 5 }, { onProgress: (value) => seenB.push(value * 10) });
    expect(await Promise.all([a.result, b.result])).toEqual([3, 5]);
    expect(seenA).toEqual([1, 2, 3]);
    expect(seenB).toEqual([10, 20, 30, 40, 50]);
  });

  it('cancels cooperatively: the handler sees the token and the promise settles as cancelled', async () => {
    connect();
    const call = client.call({ type: 'spin' });
    await sleep(5);
    call.cancel();
    const error: unknown = await call.result.catch((thrown: unknown) => thrown);
    expect(isCancelled(error)).toBe(true);
    expect(sawCancel).toBe(true);
  });

  it('rejects with the error envelope a handler fails with', async () => {
    connect();
    const described = await client.call({ type: 'fail', described: true }).result.catch((e: unknown) => e);
    expect(described).toBeInstanceOf(RpcError);
    expect((described as RpcError).error).toEqual({
      code: 'bad-row',
      message: 'Row 3 has no date.',
      where: { line: 3, column: 'date' },
    });
    const thrown = await client.call({ type: 'fail', described: false }).result.catch((e: unknown) => e);
    expect((thrown as RpcError).error).toEqual({ code: 'handler-threw', message: 'broken' });
  });

  it('answers a request type the worker does not serve with a typed error', async () => {
    connect();
    const unknown = { type: 'derive' } as unknown as TestMethods['hold']['request'];
    const error = await client.call(unknown).result.catch((e: unknown) => e);
    expect((error as RpcError).code).toBe('unknown-request');
    expect((error as RpcError).message).toContain('"derive"');
  });

  it('answers an envelope of an unknown kind with a typed error naming its id', async () => {
    connect();
    const reply = new Promise<RpcReplyMessage>((resolve) =>
      worker.addEventListener('message', (event) => resolve(event.data)),
    );
    worker.postMessage({ kind: 'restart', id: 41 }, []);
    expect(await reply).toMatchObject({ kind: 'error', id: 41, error: { code: 'unknown-request' } });
  });

  it('rejects every pending request, and any later one, when the worker crashes', async () => {
    connect();
    const a = client.call({ type: 'hold', key: 'a' }).result.catch((e: unknown) => e);
    const b = client.call({ type: 'spin' }).result.catch((e: unknown) => e);
    await until(() => gates.size === 1);
    worker.crash('out of memory');
    const expected = { code: 'worker-crashed', message: 'The test worker stopped: out of memory.' };
    expect(((await a) as RpcError).error).toEqual(expected);
    expect(((await b) as RpcError).error).toEqual(expected);
    const later = await client.call({ type: 'count', to: 1 }).result.catch((e: unknown) => e);
    expect((later as RpcError).error).toEqual(expected);
  });

  it('moves transferred buffers both ways instead of copying them', async () => {
    connect();
    const values = new Float64Array([1, 2, 3]);
    const call = client.call({ type: 'double', values }, { transfer: [values.buffer] });
    expect(values.buffer.byteLength).toBe(0);
    expect([...(await call.result)]).toEqual([2, 4, 6]);
  });

  it('rejects pending requests as cancelled when the worker is terminated', async () => {
    connect();
    const pending = client.call({ type: 'hold', key: 'never' }).result.catch((e: unknown) => e);
    client.terminate();
    expect(isCancelled(await pending)).toBe(true);
  });
});
