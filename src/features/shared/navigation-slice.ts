import type { StateCreator } from 'zustand';

export type Step = 'data' | 'forecast' | 'inventory' | 'about';

export interface NavigationSlice {
  step: Step;
  goTo(step: Step): void;
}

export const createNavigationSlice: StateCreator<NavigationSlice, [], [], NavigationSlice> = (set) => ({
  step: 'data',
  goTo: (step) => set({ step }),
});
