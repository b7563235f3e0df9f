/**
 * The forecasters a forecast run can use (the core's registry, in its order: the UI's list and
 * Auto's preference on a tie), and which of them are budgeted or meant for intermittent demand.
 */
import { MODEL_REGISTRY } from '../core/forecast/registry';
import type { Forecaster, ModelId } from '../core/forecast/types';

export const FORECASTERS: readonly Forecaster[] = MODEL_REGISTRY.map((entry) => entry.forecaster);

/**
 * The slowest per series (ARIMA's order search, STL's decomposition): fitted only within the run's
 * time budget. ETS and AR-X stay in every run: they are what makes Auto beat the naive methods.
 */
export const EXPENSIVE_MODELS: ReadonlySet<ModelId> = new Set<ModelId>(['arima', 'stl']);

/** Only tried on series whose demand classification is intermittent or lumpy. */
export const INTERMITTENT_MODELS: ReadonlySet<ModelId> = new Set<ModelId>(['croston', 'sba', 'tsb']);

export function forecasterById(id: ModelId): Forecaster | undefined {
  return FORECASTERS.find((forecaster) => forecaster.id === id);
}
