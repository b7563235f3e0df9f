/**
 * Keeps the model settings across reloads: restores what was saved (forecast/saved-settings.ts
 * checks it) when the store is made, and saves each change. Storage may be unavailable (private
 * mode, a full quota): the page then just forgets.
 */
import type { StoreApi } from 'zustand';
import {
  SAVED_SETTINGS_KEY,
  parseSavedSettings,
  savedSettingsText,
} from '../features/forecast/saved-settings';
import type { AppState } from '../features/shared/store';

export function rememberForecastSettings(store: StoreApi<AppState>): void {
  try {
    const saved = parseSavedSettings(localStorage.getItem(SAVED_SETTINGS_KEY));
    if (Object.keys(saved).length > 0) store.getState().updateForecastSettings(saved);
  } catch {
    // Nothing readable was saved.
  }
  store.subscribe((state, previous) => {
    if (state.forecast.settings === previous.forecast.settings) return;
    try {
      localStorage.setItem(SAVED_SETTINGS_KEY, savedSettingsText(state.forecast.settings));
    } catch {
      // Not saved; the settings still hold for this visit.
    }
  });
}
