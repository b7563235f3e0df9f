import { runModels } from '../core/forecast/model-registry';
import { describe, it, expect } from 'vitest';
import { dayFromYmd } from '../core/dataset/calendar';
import { fitPooledOnSeries, type PooledFit } from '../core/forecast/pooled/pooled-fit';
import type { CatalogueErrors, RunCalibration } from '../core/forecast/run-calibration';
import { buildSeriesInput } from '../core/forecast/series-input';
import { batchSize, poolSize, runForecastPool } from './forecast-pool';
import type {
  ForecastMethods,
  RecalibrationUpdate,
  RunSettings,
  SeriesOutcome,
  WorkerError,
} from './forecast-protocol';
import { addToSums, solveSums, type PooledSums } from './forecast-pooled';
import { datasetOf } from './forecast-test-dataset';
import { RpcClient } from './rpc';
import { memoryWorker, type MemoryWorker } from './rpc-memory-worker';

describe('poolSize', () => {
  it('uses one worker per core, at least one and at most four', () => {
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(2)).toBe(2);
    expect(poolSize(16)).toBe(4);
  });
});

describe('batchSize', () => {
  it('sends small batches for few series and caps them for large catalogues', () => {
    expect(batchSize(4, 2)).toBe(1);
    expect(batchSize(40, 2)).toBe(3);
    expect(batchSize(30_000, 4)).toBe(25);
  });
});

const SEASON = [10, 12, 15, 20, 26, 30, 32, 30, 24, 18, 14, 11];
const dataset = datasetOf(
  Array.from({ length: 7 }, (_, s) => ({ id: `item-${s}`, values: SEASON.map((v) => v + s) })),
  'monthly',
  dayFromYmd(2020, 1, 1),
);
const settings: RunSettings = {
  horizon: 3,
  model: 'snaive',
  models: runModels('snaive', null),
  split: { kind: 'ratio', train: 7, validation: 2, test: 1 },
  metric: 'mase',
  seed: 1,
  expensiveUntil: Infinity,
};
/** The series whose evaluation fails in the fake workers. */
const FAILING = 4;
const calibration = { models: { snaive: {} } } as unknown as RunCalibration;

interface Recorder {
  log: string[];
  calibrateCalls: number;
  /** The pooled fit each evaluate-batch request carried. */
  pooledSeen?: (PooledFit | undefined)[];
  /** A batch of the first worker waits for this before answering, when set. */
  hold: Promise<void> | null;
}

/** A pool worker that answers like the real one, without evaluating anything. */
function fakeWorker(recorder: Recorder, name: string): MemoryWorker {
  const sums: PooledSums = { partial: null };
  return memoryWorker<ForecastMethods>({
    async 'evaluate-batch'(request, context) {
      recorder.pooledSeen?.push(request.settings.pooled);
      if (name === 'w0' && recorder.hold) await recorder.hold;
      for (const { index } of request.tasks) {
        if (index === FAILING)
          context.progress({ type: 'series-failed', index, error: { code: 'series-failed', message: 'no' } });
        else context.progress({ type: 'series-result', outcome: { index } as SeriesOutcome });
      }
      return null;
    },
    // The pooled round is the real worker's: its sums are what the run's fit is solved from.
    'pooled-add': (request) => {
      recorder.log.push(`pooled-add ${name}`);
      return addToSums(sums, request.setup, request.inputs);
    },
    'pooled-send': () => sums.partial,
    'pooled-solve': (request) => solveSums(request.partials),
    'send-errors': () => {
      recorder.log.push(`send-errors ${name}`);
      return { worker: name } as unknown as CatalogueErrors;
    },
    calibrate(request) {
      recorder.calibrateCalls++;
      recorder.log.push(`calibrate ${name} from ${request.errors.length}`);
      return calibration;
    },
    recalibrate: () => ({ indices: new Int32Array([name === 'w0' ? 0 : 1]), coverage: new Float64Array(0) }),
  });
}

function startRun(recorder: Recorder, workers: MemoryWorker[], run = { dataset, settings }) {
  const results: number[] = [];
  const failed: number[] = [];
  const outcome = new Promise<{ calibrated: RecalibrationUpdate[] | null; error: WorkerError | null }>(
    (resolve) => {
      let calibrated: RecalibrationUpdate[] | null = null;
      const clients = workers.map((worker) => new RpcClient<ForecastMethods>(worker, (d) => `stopped: ${d}`));
      const [first, ...rest] = clients;
      if (first === undefined) throw new Error('no workers');
      runForecastPool(
        run.dataset,
        run.settings,
        {
          onResult: (result) => results.push(result.index),
          onSeriesFailed: (index) => failed.push(index),
          onCalibrated: (got, updates) => {
            expect(got).toEqual(calibration);
            calibrated = updates;
          },
          onFinished: () => resolve({ calibrated, error: null }),
          onFailed: (error) => resolve({ calibrated, error }),
        },
        [first, ...rest],
      );
    },
  );
  return { results, failed, outcome };
}

describe('runForecastPool', () => {
  it('streams every series, then calibrates once on one worker and re-scores on all', async () => {
    const recorder: Recorder = { log: [], calibrateCalls: 0, hold: null };
    const workers = [fakeWorker(recorder, 'w0'), fakeWorker(recorder, 'w1')];
    const run = startRun(recorder, workers);
    const { calibrated, error } = await run.outcome;
    expect(error).toBeNull();
    expect(run.results.sort()).toEqual([0, 1, 2, 3, 5, 6]);
    expect(run.failed).toEqual([FAILING]);
    expect(recorder.log.filter((entry) => entry.startsWith('send-errors')).sort()).toEqual([
      'send-errors w0',
      'send-errors w1',
    ]);
    expect(recorder.calibrateCalls).toBe(1);
    expect(recorder.log).toContain('calibrate w0 from 2');
    expect(calibrated?.map((update) => update.indices[0])).toEqual([0, 1]);
  });

  it('first fits the pooled regression on all workers, exactly as on all series at once, and sends it with every batch', async () => {
    const long = datasetOf(
      Array.from({ length: 9 }, (_, s) => ({
        id: `item-${s}`,
        values: Array.from({ length: 48 }, (_, t) => (SEASON[t % 12] as number) * (1 + s / 3) + (t % 5)),
      })),
      'monthly',
      dayFromYmd(2018, 1, 1),
    );
    const recorder: Recorder = { log: [], calibrateCalls: 0, hold: null, pooledSeen: [] };
    const workers = [fakeWorker(recorder, 'w0'), fakeWorker(recorder, 'w1'), fakeWorker(recorder, 'w2')];
    const run = startRun(recorder, workers, { dataset: long, settings: { ...settings, model: 'auto' } });
    const { error } = await run.outcome;
    expect(error).toBeNull();
    const together = fitPooledOnSeries(long.seriesIds.map((_, s) => buildSeriesInput(long, s, 1)));
    expect(together).not.toBeNull();
    const seen = recorder.pooledSeen ?? [];
    expect(seen.length).toBeGreaterThan(0);
    for (const fit of seen) {
      expect(fit?.series).toBe(9);
      expect(fit?.rows).toEqual(together?.rows);
      fit?.coefficients.forEach((value, i) => {
        const expected = together?.coefficients[i] ?? NaN;
        if (Number.isNaN(expected)) expect(value).toBeNaN();
        else expect(value).toBeCloseTo(expected, 9);
      });
    }
    // Every worker summed a share of the series before any was evaluated.
    expect(new Set(recorder.log.filter((entry) => entry.startsWith('pooled-add')))).toEqual(
      new Set(['pooled-add w0', 'pooled-add w1', 'pooled-add w2']),
    );
  });

  it('fails the run with the crash envelope when a worker crashes mid-batch', async () => {
    let release: () => void = () => undefined;
    const recorder: Recorder = {
      log: [],
      calibrateCalls: 0,
      hold: new Promise<void>((resolve) => (release = resolve)),
    };
    const workers = [fakeWorker(recorder, 'w0'), fakeWorker(recorder, 'w1')];
    const run = startRun(recorder, workers);
    await new Promise((resolve) => setTimeout(resolve, 20));
    workers[0]?.crash('out of memory');
    release();
    const { error } = await run.outcome;
    expect(error).toEqual({ code: 'worker-crashed', message: 'stopped: out of memory' });
    expect(recorder.calibrateCalls).toBe(0);
  });
});
