/**
 * The provider the inventory step uses for one series: the forecaster's distributions from the start
 * of the validation window on, covering the longest protection interval of the settings. Null when
 * the series is too short to tune or the model cannot be fitted (the naive rule then applies).
 */
import type { Forecaster, SeriesInput } from '../forecast/types';
import { forecastDemandProvider, type EmpiricalProvider } from './forecast-provider';
import { distributionHorizon } from './protection';
import { defaultWindows } from './tune';
import type { InventorySettings } from './types';

export function seriesDemandProvider(
  series: SeriesInput,
  forecaster: Forecaster,
  settings: InventorySettings,
  seed: number,
): EmpiricalProvider | null {
  const windows = defaultWindows(series.y.length, settings);
  if (windows === null) return null;
  return forecastDemandProvider(series, forecaster, {
    horizon: distributionHorizon(settings),
    // The first review, at the end of the validation window's first period, reads t = validationFrom + 1.
    firstOrigin: windows.validationFrom + 1,
    // Estimated again on all the data before the test window, as the forecast run estimates per part.
    estimateAt: [windows.testFrom],
    seed,
  });
}
