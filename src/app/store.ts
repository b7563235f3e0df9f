/**
 * The one app store, composed of one slice per feature. Features read each other's results only
 * through it (e.g. the forecast step reads `data.loaded.dataset`), never through each other's files.
 */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from '../features/data/data-slice';
import { createForecastSlice, type ForecastSlice } from '../features/forecast/forecast-slice';
import { createInventorySlice, type InventorySlice } from '../features/inventory/inventory-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';

export type AppState = NavigationSlice & DataSlice & ForecastSlice & InventorySlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createDataSlice(...args),
  ...createForecastSlice(...args),
  ...createInventorySlice(...args),
}));
