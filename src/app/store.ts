/**
 * The one app store, composed of one slice per feature. Features read each other's results only
 * through it (e.g. the forecast step reads `data.loaded.dataset`), never through each other's files,
 * and reach it through features/shared/store.ts, to which it is handed here.
 */
import { create } from 'zustand';
import { createDataSlice } from '../features/data/data-slice';
import { createForecastSlice } from '../features/forecast/forecast-slice';
import { createInventorySlice } from '../features/inventory/inventory-slice';
import { createNavigationSlice } from '../features/shared/navigation-slice';
import { provideAppStore, type AppState } from '../features/shared/store';
import { rememberForecastSettings } from './remember-settings';

export const useAppStore = create<AppState>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createDataSlice(...args),
  ...createForecastSlice(...args),
  ...createInventorySlice(...args),
}));

provideAppStore(useAppStore);
rememberForecastSettings(useAppStore);
