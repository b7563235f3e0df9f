/**
 * What a pool worker keeps during a run so intervals can be calibrated over the whole catalogue at
 * its end: the error sketches of every model's validation errors, and per series only what the
 * bands and test coverage need again (scale, test windows, the exported point forecast), in
 * Float32 to keep 30,000 series small. Plain functions, so they run in Node tests.
 */
import {
  addEvaluationErrors,
  sourceCalibration,
  type CatalogueSketch,
} from '../core/forecast/catalogue-sketch';
import type { EvaluatedForecast, SeriesEvaluation } from '../core/forecast/evaluate-types';
import { applyIntervals, intervalCoverage } from '../core/forecast/intervals';
import type { CatalogueCalibration } from '../core/forecast/pooled-intervals';
import type { RecalibrationUpdate, RunSettings } from './forecast-protocol';
import { SCORE_SLOTS, type ScoreSlot } from './forecast-scores';

interface ScoredSource {
  slot: ScoreSlot;
  /** Models whose pooled calibration the source takes (Auto: the ones it chose). */
  members: readonly string[];
  /** Test windows, window after window (horizon each). */
  testForecasts: Float32Array;
}

interface SeriesRecord {
  index: number;
  /** Interval scale of the test windows. */
  scale: number;
  /** Interval scale of the future forecast (see futureIntervalScale). */
  futureScale: number;
  testActuals: Float32Array;
  sources: ScoredSource[];
  /** The exported forecast's point and calibration members; null when the series has no forecast. */
  exported: { point: Float64Array; members: readonly string[] } | null;
}

export interface RunCalibrationCollector {
  sketch: CatalogueSketch;
  records: SeriesRecord[];
}

export function createCollector(): RunCalibrationCollector {
  return { sketch: {}, records: [] };
}

function windowsOf(source: EvaluatedForecast, horizon: number): Float32Array {
  const out = new Float32Array(source.testForecasts.length * horizon);
  source.testForecasts.forEach((window, w) => out.set(window.values.subarray(0, horizon), w * horizon));
  return out;
}

/** Folds one evaluated series into the collector (same sources as the packed scores and the export). */
export function collectSeries(
  collector: RunCalibrationCollector,
  index: number,
  evaluation: SeriesEvaluation,
  settings: RunSettings,
): void {
  addEvaluationErrors(collector.sketch, evaluation);
  const horizon = evaluation.split.horizon;
  const sources: ScoredSource[] = evaluation.models.flatMap((model) =>
    model.error !== undefined
      ? []
      : [{ slot: model.id, members: [model.id], testForecasts: windowsOf(model, horizon) }],
  );
  const auto = evaluation.auto;
  let exported: SeriesRecord['exported'] = null;
  if (settings.model === 'auto') {
    if (auto !== null) {
      sources.push({ slot: 'auto', members: auto.choice.members, testForecasts: windowsOf(auto, horizon) });
      if (auto.future !== undefined) exported = { point: auto.future.point, members: auto.choice.members };
    }
  } else {
    const chosen = evaluation.models.find((model) => model.id === settings.model);
    if (chosen?.future !== undefined && chosen.error === undefined) {
      exported = { point: chosen.future.point, members: [chosen.id] };
    }
  }
  collector.records.push({
    index,
    scale: evaluation.scale.value,
    futureScale: evaluation.futureScale,
    testActuals: Float32Array.from(evaluation.testActuals ?? []),
    sources,
    exported,
  });
}

/** Share of test actuals inside the p10–p90 band of each window under the catalogue calibration. */
function coverageOf(
  record: SeriesRecord,
  source: ScoredSource,
  catalogue: CatalogueCalibration,
  horizon: number,
): number {
  const calibration = sourceCalibration(catalogue, source.members);
  const windows = source.testForecasts.length / horizon;
  if (calibration === null || windows === 0) return NaN;
  let covered = 0;
  let count = 0;
  for (let w = 0; w < windows; w++) {
    const point = source.testForecasts.subarray(w * horizon, (w + 1) * horizon);
    const bands = applyIntervals(point, record.scale, calibration);
    const result = intervalCoverage(
      record.testActuals.subarray(w * horizon, (w + 1) * horizon),
      bands.p10,
      bands.p90,
    );
    covered += result.covered;
    count += result.count;
  }
  return count === 0 ? NaN : covered / count;
}

const SLOT_INDEX = new Map<ScoreSlot, number>(SCORE_SLOTS.map((slot, i) => [slot, i]));

/**
 * Every collected series' test coverage per score slot and exported p10/p50/p90 under the catalogue
 * calibration; NaN where a slot or series keeps what it had (no pooled calibration for it).
 */
export function recalibrate(
  collector: RunCalibrationCollector,
  catalogue: CatalogueCalibration,
  horizon: number,
): RecalibrationUpdate {
  const { records } = collector;
  const slots = SCORE_SLOTS.length;
  const indices = new Int32Array(records.length);
  const coverage = new Float64Array(records.length * slots).fill(NaN);
  const bands = new Float64Array(records.length * 3 * horizon).fill(NaN);
  records.forEach((record, r) => {
    indices[r] = record.index;
    for (const source of record.sources) {
      coverage[r * slots + (SLOT_INDEX.get(source.slot) as number)] = coverageOf(
        record,
        source,
        catalogue,
        horizon,
      );
    }
    const exported = record.exported;
    const calibration = exported === null ? null : sourceCalibration(catalogue, exported.members);
    if (exported === null || calibration === null) return;
    const quantiles = applyIntervals(exported.point, record.futureScale, calibration);
    const base = r * 3 * horizon;
    bands.set(quantiles.p10, base);
    bands.set(quantiles.p50, base + horizon);
    bands.set(quantiles.p90, base + 2 * horizon);
  });
  return { horizon, indices, coverage, bands };
}
