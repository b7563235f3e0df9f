import { describe, expect, it } from 'vitest';
import { chooseAuto, type AutoCandidate } from '../../core/forecast/auto';
import type { ModelId } from '../../core/forecast/types';
import { autoReasonText as wordReason, type ExplainedChoice } from './auto-reason';
import { forecastT } from './test-translation';

const en = forecastT('en');
const autoReasonText = (choice: ExplainedChoice): string => wordReason(choice, en, 'en');
const scale = { value: 2, basis: 'seasonal' as const };
const candidate = (id: ModelId, values: number[]): AutoCandidate => ({
  id,
  windows: [Float64Array.from(values)],
});
const actual = [Float64Array.from([10, 10, 10, 10])];
const theta = candidate('theta', [11, 11, 11, 11]);
const arima = candidate('arima', [9.5, 9.5, 9.5, 9.5]);

describe("Auto's reason in words", () => {
  it('names the model, the basis, the metric and its score', () => {
    const choice = chooseAuto([candidate('ets', [10, 10, 11, 9])], actual, scale)!;
    expect(autoReasonText(choice)).toBe('ETS: lowest validation MASE (0.25)');
    const rmse = chooseAuto([candidate('ets', [10, 10, 11, 9])], actual, scale, { metric: 'rmse' })!;
    expect(autoReasonText(rmse)).toBe('ETS: lowest validation RMSE (0.71)');
  });

  it('says why the combination stayed, and how a model beat it, with the in-sample note last', () => {
    const kept = chooseAuto([candidate('naive', [10.5, 10.5, 10.5, 10.5]), theta, arima], actual, scale, {
      pool: { combination: ['theta', 'arima'] },
    })!;
    expect(autoReasonText(kept)).toBe(
      'Combination (median of Theta, ARIMA): validation MASE 0.13; no single model or blend was at least 10% lower',
    );
    const beaten = chooseAuto([candidate('naive', [10.2, 10.2, 10.2, 10.2]), theta, arima], actual, scale, {
      basis: 'in-sample',
      pool: { combination: ['theta', 'arima'] },
    })!;
    expect(autoReasonText(beaten)).toBe(
      "Naive: lowest in-sample MASE (0.10), beating the combination's 0.13 by at least 10%; the series is too short to hold out a validation part",
    );
  });

  it('says when the combination was averaged with AR-X, and why', () => {
    const choose = (anchorPlanned: boolean) =>
      chooseAuto([candidate('arx', [9.5, 9.5, 9.5, 9.5]), theta, arima], actual, scale, {
        pool: { combination: ['theta', 'arima'], anchor: 'arx', anchorPlanned },
      })!;
    expect(autoReasonText(choose(false))).toBe(
      'Combination (median of Theta, ARIMA, averaged with AR-X, which reads the calendar, prices and promotions; lower than the median alone): validation MASE 0.06; no single model or blend was at least 10% lower',
    );
    expect(autoReasonText(choose(true))).toBe(
      'Combination (median of Theta, ARIMA, averaged with AR-X, which reads the planned prices and promotions; the median alone was not lower consistently): validation MASE 0.06; no single model or blend was at least 10% lower',
    );
  });

  it('describes a blend of the best three against the best single model', () => {
    const choice = chooseAuto(
      [
        candidate('naive', [13, 7, 10, 10]),
        candidate('ets', [10, 10, 13, 7]),
        candidate('theta', [7, 13, 7, 13]),
      ],
      actual,
      scale,
    )!;
    expect(autoReasonText(choice)).toBe(
      'Blend (median of Naive, ETS, Theta): validation MASE 0.00, lower than the best single model, Naive (0.75)',
    );
  });
});

describe("Auto's reason in Chinese", () => {
  it('words the same code and figures', () => {
    const choice = chooseAuto([candidate('ets', [10, 10, 11, 9])], actual, scale)!;
    expect(wordReason(choice, forecastT('zh-CN'), 'zh-CN')).toBe('ETS：验证 MASE 最低（0.25）');
  });
});
