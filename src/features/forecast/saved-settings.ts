/**
 * The model settings a person chose, remembered in this browser (localStorage) so a reload keeps
 * them. What is read back is untrusted: each field is kept only when it is a value this version
 * accepts, and a model id this version does not have comes back as the raw string, which the
 * slice turns into Auto with a note (settleModel). The network settings are left to the next
 * training (their own panel).
 */
import { BAND_LEVELS } from '../../core/forecast/quantile-grid';
import { RANKING_METRIC_LABEL, type RankingMetric } from '../../core/metrics/forecast-metrics';
import type { ForecastSettings } from './forecast-settings';

export const SAVED_SETTINGS_KEY = 'shelfcast.forecast-settings.v1';

/** The remembered fields; `model` stays a plain string until settleModel has checked it. */
export type SavedSettings = Partial<
  Pick<ForecastSettings, 'horizon' | 'level' | 'budgetMinutes' | 'metric'>
> & {
  model?: string;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMetric = (value: unknown): value is RankingMetric =>
  typeof value === 'string' && Object.hasOwn(RANKING_METRIC_LABEL, value);

/** The fields of stored JSON this version accepts; anything else is dropped. */
export function parseSavedSettings(text: string | null): SavedSettings {
  if (text === null) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(raw)) return {};
  const saved: SavedSettings = {};
  if (typeof raw.model === 'string') saved.model = raw.model;
  if (raw.horizon === null || (typeof raw.horizon === 'number' && Number.isFinite(raw.horizon)))
    saved.horizon = raw.horizon;
  if (typeof raw.level === 'number' && BAND_LEVELS.includes(raw.level)) saved.level = raw.level;
  if (typeof raw.budgetMinutes === 'number' && raw.budgetMinutes >= 0)
    saved.budgetMinutes = raw.budgetMinutes;
  if (isMetric(raw.metric)) saved.metric = raw.metric;
  return saved;
}

export function savedSettingsText(settings: ForecastSettings): string {
  const { model, horizon, level, budgetMinutes, metric } = settings;
  return JSON.stringify({ model, horizon, level, budgetMinutes, metric });
}
