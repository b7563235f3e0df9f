/**
 * The model the inventory backtest re-forecasts a series with at every review: the one the forecast
 * run chose for it (the first member of Auto's choice) when it is a local model that is cheap enough
 * to re-filter at hundreds of origins, else ETS for smooth or erratic demand and SBA for intermittent
 * or lumpy demand. ARIMA and STL (budgeted) and global models (trained elsewhere) take the fallback:
 * re-running them per review would make the step take minutes.
 */
import { localForecaster } from '../forecast/local-forecasters';
import { MODEL_REGISTRY } from '../forecast/model-registry';
import type { DemandKind } from '../forecast/models/intermittent';
import type { Forecaster } from '../forecast/types';

function fallback(demand: DemandKind | null): Forecaster {
  const id = demand === 'intermittent' || demand === 'lumpy' ? 'sba' : 'ets';
  const forecaster = localForecaster(id);
  if (forecaster === undefined) throw new RangeError(`No local model "${id}"`);
  return forecaster;
}

export function backtestForecaster(members: readonly string[], demand: DemandKind | null): Forecaster {
  const chosen = MODEL_REGISTRY.find((descriptor) => descriptor.id === members[0]);
  if (chosen === undefined || chosen.kind !== 'local' || chosen.cost === 'budgeted') return fallback(demand);
  return localForecaster(chosen.id) ?? fallback(demand);
}
