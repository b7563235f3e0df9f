import { describe, expect, it } from 'vitest';
import { MODEL_REGISTRY } from './model-registry';
import { SCORE_SLOTS, SERIES_STRIDE, scoreOffset, slotIndex } from './score-layout';

describe('score slots', () => {
  it('give every registry model and Auto a block of their own, so no score is dropped', () => {
    expect(SCORE_SLOTS).toEqual([...MODEL_REGISTRY.map(({ id }) => id), 'auto']);
    const offsets = SCORE_SLOTS.map((slot) => scoreOffset(slot, 'test', 'mase'));
    for (const offset of offsets) {
      expect(Number.isInteger(offset)).toBe(true);
      expect(offset).toBeLessThan(SERIES_STRIDE);
    }
    expect(new Set(offsets).size).toBe(offsets.length);
    expect(slotIndex('auto')).toBe(SCORE_SLOTS.length - 1);
  });
});
