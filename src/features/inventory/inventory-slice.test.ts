import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { totalKpis } from '../../core/inventory/kpis';
import { createInventorySlice, type InventorySlice } from './inventory-slice';

const plan = {
  series: [],
  totals: { validation: totalKpis([]), test: totalKpis([]), naiveTest: totalKpis([]) },
};

describe('inventory slice', () => {
  it('drops the plan when any input changes, so results never outlive their inputs', () => {
    const store = create<InventorySlice>()((...args) => createInventorySlice(...args));
    store.getState().updateInventory({ result: { plan, forecastRun: 1, priced: false } });
    store.getState().updateInventory({ selectedSeries: 3 });
    expect(store.getState().inventory.result).not.toBeNull();
    store.getState().setInventoryInputs({ leadTime: '2' });
    expect(store.getState().inventory.result).toBeNull();
    expect(store.getState().inventory.inputs.leadTime).toBe('2');
    expect(store.getState().inventory.inputs.reviewPeriod).toBe('1');
  });
});
