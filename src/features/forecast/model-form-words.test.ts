import { describe, expect, it } from 'vitest';
import {
  MODEL_FORM_CODES,
  NAMED_PARAMETERS,
  NUMBERED_PARAMETERS,
  type ModelForm,
  type ModelFormCode,
  type ParameterName,
} from '../../core/forecast/model-form';
import { LOCAL_FORECASTERS } from '../../core/forecast/local-forecasters';
import { seriesOf } from '../../core/forecast/models/series-fixture';
import type { SeriesInput } from '../../core/forecast/types';
import { forecastFormText, formFamily, formText, parameterWords } from './model-form-words';
import { forecastT } from './test-translation';

const en = forecastT('en');
const zh = forecastT('zh-CN');

/** One form of every code (typed: a new code without a sample does not compile). */
const SAMPLES: Record<ModelFormCode, ModelForm> = {
  naive: { code: 'naive' },
  'naive-short': { code: 'naive-short', period: 7 },
  'seasonal-naive': { code: 'seasonal-naive', period: 12 },
  'moving-average': { code: 'moving-average', window: 4 },
  arima: { code: 'arima', notation: 'ARIMA(1,1,1)(0,1,1)[12]', constant: 'drift' },
  ets: { code: 'ets', notation: 'ETS(M,Ad,M)' },
  theta: { code: 'theta', optimised: true, theta: 2.5, season: 12 },
  stl: { code: 'stl', periods: [7, 365], inner: { code: 'mean' } },
  mean: { code: 'mean' },
  croston: { code: 'croston', variant: 'sba' },
  arx: { code: 'arx', scale: 'log', lags: [1, 7], regressors: 3 },
  'arx-mean': { code: 'arx-mean' },
  pooled: { code: 'pooled', series: 40, periods: 600 },
  network: { code: 'network', model: 'LSTM' },
};

/** Notation-only forms read the same in every language. */
const NOTATION_ONLY = new Set<ModelFormCode>(['ets']);

const NAMES: ParameterName[] = [
  ...NAMED_PARAMETERS.map((code) => ({ code })),
  ...NUMBERED_PARAMETERS.map((code) => ({ code, n: 2 })),
  { code: 'weekday', day: 5 },
  { code: 'month', month: 0 },
  { code: 'quarter', quarter: 3 },
  { code: 'covariate', column: 'price', scale: 'level' },
  { code: 'covariate', column: 'price', scale: 'log' },
  { code: 'covariate', column: 'price', scale: 'relative' },
  { code: 'category', column: 'event', category: 'SuperBowl' },
];

/** A catalogue miss shows as the key itself, or as a placeholder left unfilled. */
function expectWorded(text: string): void {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/explanation\.|\{\{/);
}

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('model form words', () => {
  it('has words for every form code in English and Chinese', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...MODEL_FORM_CODES].sort());
    for (const code of MODEL_FORM_CODES) {
      const english = formText(SAMPLES[code], en, 'en');
      const chinese = formText(SAMPLES[code], zh, 'zh-CN');
      expectWorded(english);
      expectWorded(chinese);
      if (!NOTATION_ONLY.has(code)) expect(hasChinese(chinese), `${code}: ${chinese}`).toBe(true);
    }
  });

  it('words the forms users asked about', () => {
    expect(formText(SAMPLES['naive-short'], en, 'en')).toBe(
      'Naive: the last value, repeated (the history is shorter than a season of 7)',
    );
    expect(formText(SAMPLES.arima, en, 'en')).toBe('ARIMA(1,1,1)(0,1,1)[12] with drift');
    expect(formText(SAMPLES.arima, zh, 'zh-CN')).toBe('ARIMA(1,1,1)(0,1,1)[12]，带漂移项');
    expect(formText(SAMPLES.theta, en, 'en')).toBe('Optimised Theta (θ = 2.50), multiplicative season of 12');
    expect(formText(SAMPLES.arx, zh, 'zh-CN')).toBe('AR-X（对数线性形式；滞后 1、7；3 个回归变量）');
    expect(
      forecastFormText({ code: 'blend', members: [SAMPLES.ets, SAMPLES['seasonal-naive']] }, en, 'en'),
    ).toBe('Median of ETS(M,Ad,M); Seasonal naive: the last season of 12 periods, repeated');
    const anchored = { code: 'blend' as const, members: [SAMPLES.ets, SAMPLES.theta], anchor: SAMPLES.arx };
    expect(forecastFormText(anchored, en, 'en')).toMatch(
      /^Median of ETS\(M,Ad,M\); Optimised Theta .+, averaged with AR-X \(log-linear/,
    );
    expect(forecastFormText(anchored, zh, 'zh-CN')).toMatch(/的中位数，再与 AR-X（对数线性形式/);
    expect(formFamily({ code: 'stl', periods: [12], inner: SAMPLES.ets })).toBe('ets');
  });

  it('names and explains every parameter code in English and Chinese', () => {
    for (const name of NAMES) {
      const english = parameterWords(name, en, 'en');
      const chinese = parameterWords(name, zh, 'zh-CN');
      for (const text of [english.name, english.help, chinese.name, chinese.help]) expectWorded(text);
      expect(hasChinese(chinese.help), JSON.stringify(name)).toBe(true);
    }
    expect(parameterWords({ code: 'weekday', day: 5 }, en, 'en').name).toBe('Day: Saturday');
    expect(parameterWords({ code: 'weekday', day: 5 }, zh, 'zh-CN').name).toBe('星期六');
    expect(parameterWords({ code: 'sma', n: 1 }, en, 'en').name).toBe('sma1');
  });
});

describe('what the models report about themselves', () => {
  const smooth = Array.from({ length: 48 }, (_, t) => 20 + 5 * Math.sin((2 * Math.PI * t) / 12) + (t % 3));
  const sparse = Array.from({ length: 48 }, (_, t) => (t % 4 === 0 ? 3 + (t % 5) : 0));
  const daily: SeriesInput = {
    ...seriesOf(
      Array.from({ length: 120 }, (_, t) => 10 + (t % 7) * 2 + (t % 5)),
      'daily',
      14,
    ),
  };
  const inputs: SeriesInput[] = [
    seriesOf(smooth),
    seriesOf(sparse),
    seriesOf([4, 5, 6]),
    seriesOf(new Array(30).fill(8)),
    daily,
    {
      ...daily,
      covariates: [
        {
          name: 'price',
          kind: 'numeric',
          values: Float64Array.from({ length: 134 }, (_, t) => 2 + (t % 9) / 10),
        },
      ],
    },
  ];

  it('is codes the page words in both languages: every local model, short, sparse, flat and with covariates', () => {
    for (const forecaster of LOCAL_FORECASTERS) {
      for (const input of inputs) {
        let description;
        try {
          description = forecaster.fit(input, { horizon: 6, seed: 1 }).describe();
        } catch {
          continue; // a model refusing a series is a failure, reported as such, not a description
        }
        expect(MODEL_FORM_CODES, forecaster.id).toContain(description.form.code);
        for (const t of [en, zh]) {
          expectWorded(formText(description.form, t, t === en ? 'en' : 'zh-CN'));
          for (const { name } of description.parameters) {
            const words = parameterWords(name, t, t === en ? 'en' : 'zh-CN');
            expectWorded(words.name);
            expectWorded(words.help);
          }
        }
      }
    }
  });
});
