/**
 * What the inventory step plans from, cut out of a finished forecast run: per series its demand
 * history (sales up to the last sales date; periods that could not sell stay NaN, out of demand), its
 * unit value, the first period after its data, and the provider its rule is tuned and its order made
 * with: backtest forecasts re-made at each review, and the run's own stored forecast for the order.
 */
import { addPeriods } from '../dataset/frequency';
import type { Dataset, StockRole } from '../dataset/types';
import { forecastDistribution, type StoredForecast } from '../forecast/distribution';
import type { DemandKind } from '../forecast/models/intermittent';
import type { RunCalibration } from '../forecast/run-calibration';
import { buildSeriesInput } from '../forecast/series-input';
import { backtestForecaster } from './backtest-forecaster';
import type { PendingSeriesInput } from './plan';
import { distributionHorizon } from './protection';
import { seriesDemandProvider } from './series-provider';
import type { DemandProvider, InventorySettings } from './types';

export interface InventoryRunData {
  dataset: Dataset;
  /** Per series, the run's stored future forecast (null: the series could not be forecast). */
  forecasts: (StoredForecast | null)[];
  /** Per series, its demand class as the run found it (null when unknown). */
  demandKinds: (DemandKind | null)[];
  calibration: RunCalibration | null;
  /** The covariate mapped as the price column, or null. */
  priceColumn: string | null;
  /** Settings typed for single series, by series id: they win over the shared ones and the file's. */
  overrides?: Record<string, Partial<InventorySettings>>;
}

/** The last price up to the last sales date, or 1 where no price is mapped or none is known. */
export function unitValueOf(dataset: Dataset, s: number, priceColumn: string | null): number {
  const price = dataset.covariates.find((covariate) => covariate.name === priceColumn);
  if (price === undefined) return 1;
  const start = dataset.seriesStart[s] as number;
  for (let row = (dataset.historyEnd[s] as number) - 1; row >= start; row--) {
    const value = price.values[row] as number;
    if (Number.isFinite(value) && value > 0) return value;
  }
  return 1;
}

/** The last value of a stock column in series s up to its last sales date (NaN when none). */
function lastStockValue(dataset: Dataset, s: number, role: StockRole): number {
  const values = dataset.stock?.[role];
  if (values === undefined) return NaN;
  const start = dataset.seriesStart[s] as number;
  for (let row = (dataset.historyEnd[s] as number) - 1; row >= start; row--) {
    const value = values[row] as number;
    if (Number.isFinite(value)) return value;
  }
  return NaN;
}

/**
 * What the file's stock columns say of series s: stock on hand and on order at its last sales date
 * (on order 0 when only on hand is given), its lead time (whole periods) and its unit cost, which
 * wins over the price.
 */
function stockOf(
  dataset: Dataset,
  s: number,
): Pick<PendingSeriesInput, 'onHand' | 'onOrder'> & { leadTime?: number; unitCost?: number } {
  const onHand = lastStockValue(dataset, s, 'onHand');
  const onOrder = lastStockValue(dataset, s, 'onOrder');
  const leadTime = lastStockValue(dataset, s, 'leadTime');
  const unitCost = lastStockValue(dataset, s, 'unitCost');
  return {
    ...(Number.isFinite(onHand) ? { onHand: Math.max(0, onHand), onOrder: Math.max(0, onOrder || 0) } : {}),
    ...(leadTime >= 0 ? { leadTime: Math.round(leadTime) } : {}),
    ...(unitCost > 0 ? { unitCost } : {}),
  };
}

/** Series s as the plan takes it (its provider comes from runProvider when its turn comes). */
export function pendingInput(data: InventoryRunData, s: number): PendingSeriesInput {
  const { dataset } = data;
  const start = dataset.seriesStart[s] as number;
  const historyEnd = dataset.historyEnd[s] as number;
  const hasHistory = historyEnd > start;
  const lastDate = dataset.dates[hasHistory ? historyEnd - 1 : start] as number;
  const { leadTime, unitCost, ...position } = stockOf(dataset, s);
  const id = dataset.seriesIds[s] as string;
  const overrides = { ...(leadTime !== undefined ? { leadTime } : {}), ...data.overrides?.[id] };
  return {
    id,
    demand: dataset.target.slice(start, historyEnd),
    unitValue: unitCost ?? unitValueOf(dataset, s, data.priceColumn),
    nextPeriodDate: addPeriods(lastDate, dataset.frequency, hasHistory ? 1 : 0),
    ...position,
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
  };
}

export function pendingInputs(data: InventoryRunData): PendingSeriesInput[] {
  return data.dataset.seriesIds.map((_, s) => pendingInput(data, s));
}

/**
 * The provider of series s: null when it is too short to tune or its model cannot be fitted. At the
 * end of the history (the order) it answers with the run's stored forecast when that covers the
 * protection interval; the backtest's own forecasts answer every earlier review.
 */
export function runProvider(
  data: InventoryRunData,
  s: number,
  settings: InventorySettings,
  seed: number,
): DemandProvider | null {
  const { dataset } = data;
  const historyLength = (dataset.historyEnd[s] as number) - (dataset.seriesStart[s] as number);
  if (historyLength === 0) return null;
  const stored = data.forecasts[s] ?? null;
  const forecaster = backtestForecaster(stored?.members ?? [], data.demandKinds[s] ?? null);
  const backtest = seriesDemandProvider(buildSeriesInput(dataset, s, 0), forecaster, settings, seed);
  if (backtest === null) return null;
  if (stored === null || stored.point.length < distributionHorizon(settings)) return backtest;
  const forward = forecastDistribution(stored, data.calibration);
  return (t) => (t >= historyLength ? forward : backtest(t));
}
