/**
 * A global model (one network trained on all series, in its own worker) as the engine sees it:
 * a Forecaster that, for one series, serves the forecasts the model made elsewhere at the origins
 * the series' evaluation plan defines (split.ts: evaluationPlan). Fitting at origin o — the engine
 * fits on y[0, o) — selects the stored forecast for o, so evaluateSeries scores, chooses, calibrates
 * and exports a global model exactly like a local one, through the one evaluation path.
 */
import type { NetworkModelId } from './model-registry';
import type { EvaluationPlan } from './split';
import type { FittedModel, Forecaster } from './types';

/** A model's forecasts for one series: `horizon` values per origin, origin after origin. */
export interface OriginForecasts {
  origins: Int32Array;
  values: Float64Array;
}

/**
 * The origins a global model forecasts a series from: the end of its train part and later. The
 * model learned from windows whose targets lie in every series' train part, so its forecast from an
 * earlier origin (Auto's earlier selection windows, the calibration windows before validation) would
 * cover periods it was trained to predict: it would look better there than it is, Auto would choose
 * it for that, and its band, calibrated on those errors, would be too narrow. It has no forecast
 * there, and evaluateSeries judges and calibrates it on the windows after (a model that cannot
 * forecast from an origin has NaN there, evaluate.ts).
 */
export function globalModelOrigins(plan: EvaluationPlan): number[] {
  return plan.origins.filter((origin) => origin >= plan.split.trainEnd);
}

export function precomputedForecaster(
  id: NetworkModelId,
  label: string,
  forecasts: OriginForecasts,
): Forecaster {
  const { origins, values } = forecasts;
  if (origins.length === 0 || values.length % origins.length !== 0) {
    throw new RangeError(`${label}: ${values.length} values do not split into ${origins.length} forecasts`);
  }
  const horizon = values.length / origins.length;
  return {
    id,
    label,
    fit(series, options): FittedModel {
      const origin = series.y.length;
      const at = origins.indexOf(origin);
      if (at < 0 && origin < (origins[0] as number)) {
        throw new Error(`${label} was trained on the periods after period ${origin}: no forecast from there`);
      }
      if (at < 0) {
        throw new Error(`${label} has no forecast from period ${origin}: train it again on these settings`);
      }
      if (options.horizon > horizon) {
        throw new Error(`${label} forecasts ${horizon} periods, not ${options.horizon}`);
      }
      const stored = values.subarray(at * horizon, (at + 1) * horizon);
      return {
        predict: (steps) => stored.slice(0, steps),
        // One network fitted on every series has no one-step in-sample fit of this series here.
        fitted: new Float64Array(origin).fill(NaN),
        describe: () => ({ form: { code: 'network', model: label }, parameters: [] }),
      };
    },
  };
}
