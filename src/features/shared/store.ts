/**
 * How features reach the one app store without importing app/: the store is composed in
 * app/store.ts from the features' slices, and app hands it here once (provideAppStore) before
 * anything renders. So app depends on features and never the other way round (ESLint forbids
 * features/ importing app/).
 */
import { useStore, type StoreApi } from 'zustand';
import type { DataSlice } from '../data/data-slice';
import type { ForecastSlice } from '../forecast/forecast-slice';
import type { InventorySlice } from '../inventory/inventory-slice';
import type { NavigationSlice } from './navigation-slice';

export type AppState = NavigationSlice & DataSlice & ForecastSlice & InventorySlice;

let provided: StoreApi<AppState> | null = null;

/** Called by app/store.ts with the composed store. */
export function provideAppStore(store: StoreApi<AppState>): void {
  provided = store;
}

function appStore(): StoreApi<AppState> {
  if (provided === null) throw new Error('The app store was read before app/store.ts composed it');
  return provided;
}

/** The store as a React hook: the component re-renders when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore(), selector);
}

/** The store's current state, for controllers outside React. */
useAppStore.getState = (): AppState => appStore().getState();
