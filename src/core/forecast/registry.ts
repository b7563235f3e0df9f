/**
 * Every classical model the app offers, in the order the UI lists them. The order is also Auto's
 * preference on a tie (simpler models first). `cost` lets the UI run the cheap models at once and
 * ask before running the expensive ones on many series.
 */
import { arimaForecaster } from './models/arima/arima';
import { arxForecaster } from './models/arx';
import { crostonForecaster, sbaForecaster, tsbForecaster } from './models/croston';
import { etsForecaster } from './models/ets/ets';
import { movingAverageForecaster } from './models/moving-average';
import { naiveForecaster } from './models/naive';
import { seasonalNaiveForecaster } from './models/seasonal-naive';
import { stlForecaster } from './models/stl/stl-forecaster';
import { thetaForecaster } from './models/theta';
import type { Forecaster, ModelId } from './types';

/**
 * 'cheap': a few ms per fit on 1,000 daily periods (closed form or one short pass);
 * 'expensive': tens to hundreds of ms (a search over forms, an optimiser, a regression).
 */
export type CostClass = 'cheap' | 'expensive';

export interface ModelEntry {
  id: ModelId;
  /** Name shown to users, e.g. "Seasonal naive". */
  label: string;
  cost: CostClass;
  forecaster: Forecaster;
}

/**
 * The label is set here, not taken from the model, so the UI, Auto's reasons and the metrics table
 * use stable names ("STL", not "STL + ETS"); the forecaster is wrapped to carry that label.
 */
const entry = (model: Forecaster, label: string, cost: CostClass): ModelEntry => ({
  id: model.id,
  label,
  cost,
  forecaster: { id: model.id, label, fit: (series, options) => model.fit(series, options) },
});

export const MODEL_REGISTRY: readonly ModelEntry[] = [
  entry(naiveForecaster, 'Naive', 'cheap'),
  entry(seasonalNaiveForecaster, 'Seasonal naive', 'cheap'),
  entry(movingAverageForecaster, 'Moving average', 'cheap'),
  entry(etsForecaster, 'ETS', 'expensive'),
  entry(thetaForecaster, 'Theta', 'cheap'),
  entry(stlForecaster, 'STL', 'expensive'),
  entry(arimaForecaster, 'ARIMA', 'expensive'),
  entry(arxForecaster, 'AR-X', 'expensive'),
  entry(crostonForecaster, 'Croston', 'cheap'),
  entry(sbaForecaster, 'SBA', 'cheap'),
  entry(tsbForecaster, 'TSB', 'cheap'),
];

/** The registry entry of a model id (every ModelId has one). */
export function modelEntry(id: ModelId): ModelEntry {
  const found = MODEL_REGISTRY.find((candidate) => candidate.id === id);
  if (found === undefined) throw new RangeError(`Unknown model "${id}"`);
  return found;
}
