import { describe, it, expect } from 'vitest';
import { MODEL_REGISTRY, modelEntry } from './registry';

describe('MODEL_REGISTRY', () => {
  it('lists every model once, labelled as the UI shows them', () => {
    expect(MODEL_REGISTRY.map((entry) => entry.label)).toEqual([
      'Naive',
      'Seasonal naive',
      'Moving average',
      'ETS',
      'Theta',
      'STL',
      'ARIMA',
      'AR-X',
      'Croston',
      'SBA',
      'TSB',
    ]);
    expect(new Set(MODEL_REGISTRY.map((entry) => entry.id)).size).toBe(MODEL_REGISTRY.length);
  });

  it('keeps each entry consistent with its forecaster and marks the search-based models expensive', () => {
    for (const entry of MODEL_REGISTRY) {
      expect(entry.forecaster.id).toBe(entry.id);
      expect(entry.forecaster.label).toBe(entry.label); // what Auto's reason and the metrics table show
    }
    expect(modelEntry('snaive').cost).toBe('cheap');
    expect(modelEntry('arima').cost).toBe('expensive');
    expect(modelEntry('ets').cost).toBe('expensive');
  });
});
