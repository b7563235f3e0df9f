/**
 * What a pool worker keeps during a run so intervals can be calibrated over the whole catalogue at
 * its end: every model's validation errors (run-calibration.ts), and per series only what test
 * coverage needs again (scale, test windows), in Float32 to keep 30,000 series small. The exported
 * forecast's bands need nothing here: they are read from the stored distribution on the main thread.
 * Plain functions, so they run in Node tests.
 */
import { choiceAnchor } from '../core/forecast/auto';
import type { EvaluatedForecast, SeriesEvaluation } from '../core/forecast/evaluate-types';
import { intervalCoverage } from '../core/forecast/intervals';
import { BAND_LEVELS, gridOffset } from '../core/forecast/quantile-grid';
import {
  addSeriesErrors,
  createCatalogueErrors,
  sourceCalibration,
  type CatalogueErrors,
  type RunCalibration,
} from '../core/forecast/run-calibration';
import type { RecalibrationUpdate } from './forecast-protocol';
import type { ScoreLayout, ScoreSlot } from '../core/forecast/score-layout';

interface ScoredSource {
  slot: ScoreSlot;
  /** Models whose pooled calibration the source takes (Auto: the ones it chose). */
  members: readonly string[];
  /** The member Auto's combination averaged its median with, if any. */
  anchor?: string;
  /** Test windows, window after window (horizon each). */
  testForecasts: Float32Array;
}

interface SeriesRecord {
  index: number;
  /** Interval scale of the test windows. */
  scale: number;
  testActuals: Float32Array;
  sources: ScoredSource[];
}

export interface RunCalibrationCollector {
  errors: CatalogueErrors;
  records: SeriesRecord[];
}

export function createCollector(): RunCalibrationCollector {
  return { errors: createCatalogueErrors(), records: [] };
}

function windowsOf(source: EvaluatedForecast, horizon: number): Float32Array {
  const out = new Float32Array(source.testForecasts.length * horizon);
  source.testForecasts.forEach((window, w) => out.set(window.values.subarray(0, horizon), w * horizon));
  return out;
}

/** Folds one evaluated series into the collector (same sources as the packed scores). */
export function collectSeries(
  collector: RunCalibrationCollector,
  index: number,
  evaluation: SeriesEvaluation,
  withAuto: boolean,
): void {
  addSeriesErrors(collector.errors, index, evaluation);
  const horizon = evaluation.split.horizon;
  const sources: ScoredSource[] = evaluation.models.flatMap((model) =>
    model.error !== undefined
      ? []
      : [{ slot: model.id, members: [model.id], testForecasts: windowsOf(model, horizon) }],
  );
  const auto = evaluation.auto;
  if (withAuto && auto !== null) {
    const anchor = choiceAnchor(auto.choice);
    sources.push({
      slot: 'auto',
      members: auto.choice.members,
      ...(anchor !== undefined ? { anchor } : {}),
      testForecasts: windowsOf(auto, horizon),
    });
  }
  collector.records.push({
    index,
    scale: evaluation.scale.value,
    testActuals: Float32Array.from(evaluation.testActuals ?? []),
    sources,
  });
}

/** Share of test actuals inside the central band at each of BAND_LEVELS, under the run's calibration. */
function coverageOf(
  record: SeriesRecord,
  source: ScoredSource,
  run: RunCalibration,
  horizon: number,
): Float64Array | null {
  const calibration = sourceCalibration(run, source.members, source.anchor);
  const windows = source.testForecasts.length / horizon;
  if (calibration === null || windows === 0) return null;
  return Float64Array.from(BAND_LEVELS, (level) => {
    let covered = 0;
    let count = 0;
    for (let w = 0; w < windows; w++) {
      const point = source.testForecasts.subarray(w * horizon, (w + 1) * horizon);
      const edge = (p: number) =>
        Float64Array.from(point, (value, step) =>
          Math.max(0, value + record.scale * gridOffset(calibration.grid, step, p)),
        );
      const result = intervalCoverage(
        record.testActuals.subarray(w * horizon, (w + 1) * horizon),
        edge((1 - level) / 2),
        edge((1 + level) / 2),
      );
      covered += result.covered;
      count += result.count;
    }
    return count === 0 ? NaN : covered / count;
  });
}

/**
 * Every collected series' test coverage per slot of the run's score layout at each of BAND_LEVELS
 * under the run's calibration; NaN where a slot keeps what it had (no pooled calibration for it).
 */
export function recalibrate(
  collector: RunCalibrationCollector,
  run: RunCalibration,
  layout: ScoreLayout,
): RecalibrationUpdate {
  const { records } = collector;
  const width = layout.slots.length * BAND_LEVELS.length;
  const indices = new Int32Array(records.length);
  const coverage = new Float64Array(records.length * width).fill(NaN);
  records.forEach((record, r) => {
    indices[r] = record.index;
    for (const source of record.sources) {
      const shares = coverageOf(record, source, run, run.horizon);
      if (shares !== null)
        coverage.set(shares, r * width + layout.slotIndex(source.slot) * BAND_LEVELS.length);
    }
  });
  return { indices, coverage };
}
