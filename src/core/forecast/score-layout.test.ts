import { describe, expect, it } from 'vitest';
import { MODEL_REGISTRY, NETWORK_MODEL_IDS, isNetworkModelId, runModels } from './model-registry';
import { SCORE_PARTS, SLOT_STRIDE, emptyScores, scoreLayout } from './score-layout';

const EVERY_ID = MODEL_REGISTRY.map(({ id }) => id);

describe('score slots', () => {
  it('give every registry model in a run and Auto a block of their own, so no score is dropped', () => {
    const layout = scoreLayout(EVERY_ID, true);
    expect(layout.slots).toEqual([...EVERY_ID, 'auto']);
    const offsets = layout.slots.flatMap((slot) =>
      SCORE_PARTS.map((part) => layout.offset(slot, part, 'mase')),
    );
    for (const offset of offsets) {
      expect(Number.isInteger(offset)).toBe(true);
      expect(offset).toBeLessThan(layout.seriesStride);
    }
    expect(new Set(offsets).size).toBe(offsets.length);
    expect(layout.slotIndex('auto')).toBe(layout.slots.length - 1);
  });

  it("every registry model has its slots in a run it is part of, whether it is run alone or in Auto's pool", () => {
    for (const id of EVERY_ID) {
      const alone = scoreLayout(runModels(id, isNetworkModelId(id) ? id : null), false);
      expect(alone.has(id), id).toBe(true);
      expect(alone.has('snaive')).toBe(true);
      expect(alone.has('auto')).toBe(false);
    }
    for (const network of NETWORK_MODEL_IDS) {
      const auto = scoreLayout(runModels('auto', network), true);
      for (const { id, cost } of MODEL_REGISTRY)
        expect(auto.has(id), `${id} with ${network}`).toBe(cost !== 'trained' || id === network);
    }
  });

  it("keeps only the run's models: a single-model run's block is two slots", () => {
    const layout = scoreLayout(runModels('ets', null), false);
    expect(layout.slots).toEqual(['snaive', 'ets']);
    expect(layout.seriesStride).toBe(2 * SLOT_STRIDE);
    expect(emptyScores(layout).length).toBe(2 * SLOT_STRIDE);
    expect(() => layout.offset('arima', 'test', 'mase')).toThrow(/arima/);
  });

  it('throws for a model the registry does not know, and shares one layout per set of models', () => {
    expect(() => scoreLayout(['ets', 'prophet'], false)).toThrow(/prophet/);
    expect(scoreLayout(['ets', 'snaive'], true)).toBe(scoreLayout(['snaive', 'ets'], true));
  });
});
