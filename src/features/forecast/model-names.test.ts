import { describe, expect, it } from 'vitest';
import { MODEL_REGISTRY } from '../../core/forecast/model-registry';
import { modelName, sourceName } from './model-names';
import { forecastT } from './test-translation';

const en = forecastT('en');
const zh = forecastT('zh-CN');
const choice = (kind: 'single' | 'blend') => ({ kind, members: ['ets' as const, 'snaive' as const] });

describe('model names from the detail worker’s registry labels', () => {
  it('names every registry model from the catalogue', () => {
    expect(modelName('Seasonal naive', zh)).toBe('季节性朴素');
    expect(modelName('Pooled regression', zh)).toBe('跨序列合并回归');
    for (const { label } of MODEL_REGISTRY) expect(modelName(label, en)).not.toMatch(/^models\./);
  });

  it("names Auto's chart source with what it chose, in the page's language", () => {
    expect(sourceName('auto', choice('blend'), en)).toBe('Auto (Blend)');
    expect(sourceName('auto', choice('single'), zh)).toBe('自动（ETS）');
    expect(sourceName('snaive', null, zh)).toBe('季节性朴素');
  });
});
