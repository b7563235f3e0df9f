import { describe, expect, it } from 'vitest';
import type { AccuracyVerdict } from './accuracy-verdict';
import { forecastT } from './test-translation';
import { verdictWords } from './verdict-words';

const en = forecastT('en');
const zh = forecastT('zh-CN');

const base: AccuracyVerdict = {
  slot: 'auto',
  part: 'test',
  wape: 12.3,
  mase: 0.81,
  gain: 0.18,
  comparison: 'better',
  aboveBenchmark: false,
  outrankedBy: null,
};

describe('verdictWords', () => {
  it('says how far off the forecast typically is and how it compares with repeating the last season', () => {
    const words = verdictWords(base, 'mase', en, 'en');
    expect(words.headline).toBe(
      'Typically off by about 12.3% (WAPE); 18% better than repeating the last season.',
    );
    expect(words.basis).toMatch(/^Measured on the test part/);
    expect(words.warning).toBeNull();
    expect(words.outranked).toBeNull();
  });

  it('says the same in Chinese', () => {
    expect(verdictWords(base, 'mase', zh, 'zh-CN').headline).toBe(
      '通常误差约为 12.3%（WAPE）；比重复上一季的销售好 18%。',
    );
  });

  it('warns when the forecast does worse than seasonal naive on the test part', () => {
    const words = verdictWords({ ...base, gain: -0.08, comparison: 'worse' }, 'mase', en, 'en');
    expect(words.headline).toContain('8% worse than repeating the last season');
    expect(words.warning).toMatch(/^Warning: on the test part this forecast did worse/);
  });

  it('warns about a MASE above 1 without contradicting a headline that beats seasonal naive', () => {
    const words = verdictWords({ ...base, mase: 1.234, aboveBenchmark: true }, 'mase', en, 'en');
    expect(words.headline).toContain('better than repeating the last season');
    expect(words.warning).toContain('(MASE 1.234)');
    expect(words.warning).toContain('within the history');
  });

  it('does not warn on validation figures, which Auto chose on', () => {
    const words = verdictWords(
      { ...base, part: 'validation', comparison: 'worse', aboveBenchmark: true },
      'mase',
      en,
      'en',
    );
    expect(words.warning).toBeNull();
    expect(words.basis).toMatch(/^Measured on the validation part/);
  });

  it('says which model ranked above Auto on test, and why that does not overturn the choice', () => {
    const words = verdictWords(
      { ...base, outrankedBy: { slot: 'theta', score: 0.7, chosenScore: 0.81 } },
      'mase',
      en,
      'en',
    );
    expect(words.outranked).toBe(
      'Theta ranks above Auto on the test part (MASE 0.700 against 0.810). Auto chose on the validation part, before these sales; one stretch of weeks is not enough to say Theta would do better next time.',
    );
    const single = verdictWords(
      { ...base, slot: 'naive', outrankedBy: { slot: 'snaive', score: 0.9, chosenScore: 1.1 } },
      'mase',
      en,
      'en',
    );
    expect(single.outranked).toBe(
      'Seasonal naive scored better than Naive on the test part (MASE 0.900 against 1.100).',
    );
  });

  it('says when accuracy could not be measured', () => {
    expect(verdictWords(null, 'mase', en, 'en').headline).toMatch(/^Accuracy could not be measured/);
    expect(verdictWords({ ...base, wape: NaN }, 'mase', en, 'en').headline).toMatch(/all zero/);
  });
});
