/**
 * The implementations of the registry's local models, which the forecast pool (and the Node
 * benchmarks) load. Typed as a record over every local id, so a registry line without its
 * implementation does not compile. Global models (a network trained in its own worker) have
 * theirs where they run, so the pool never loads them.
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
import { MODEL_REGISTRY, type LocalModelId, type ModelId } from './model-registry';
import type { Forecaster } from './types';

const IMPLEMENTATIONS: Record<LocalModelId, Forecaster> = {
  naive: naiveForecaster,
  snaive: seasonalNaiveForecaster,
  'moving-average': movingAverageForecaster,
  ets: etsForecaster,
  theta: thetaForecaster,
  stl: stlForecaster,
  arima: arimaForecaster,
  arx: arxForecaster,
  croston: crostonForecaster,
  sba: sbaForecaster,
  tsb: tsbForecaster,
};

/**
 * Every local forecaster in registry order, labelled as the registry says (stable names in the UI,
 * Auto's reasons and the metrics table: "STL", not "STL + ETS").
 */
export const LOCAL_FORECASTERS: readonly Forecaster[] = MODEL_REGISTRY.flatMap((descriptor) =>
  descriptor.kind === 'local' ? [descriptor] : [],
).map((descriptor) => {
  const implementation = IMPLEMENTATIONS[descriptor.id];
  return {
    id: descriptor.id,
    label: descriptor.label,
    fit: (series, options) => implementation.fit(series, options),
  };
});

export function localForecaster(id: ModelId): Forecaster | undefined {
  return LOCAL_FORECASTERS.find((forecaster) => forecaster.id === id);
}
