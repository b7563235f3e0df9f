import { describe, it, expect } from 'vitest';
import { chooseAuto, choiceWindows, COMBINATION_MARGIN, CONSISTENCY_SHARE, type AutoCandidate } from './auto';
import { anchoredBlend, medianBlend } from './auto-windows';

const scale = { value: 2, basis: 'seasonal' as const };
const actual = [Float64Array.from([10, 10, 10, 10])];
const candidate = (id: AutoCandidate['id'], values: number[]): AutoCandidate => ({
  id,
  windows: [Float64Array.from(values)],
});

describe('chooseAuto', () => {
  it('picks the lowest validation MASE and says why', () => {
    const choice = chooseAuto(
      [candidate('naive', [14, 14, 14, 14]), candidate('ets', [11, 9, 11, 9])],
      actual,
      scale,
    );
    expect(choice).toMatchObject({ kind: 'single', members: ['ets'], model: 'auto(ets)', score: 0.5 });
    expect(choice?.reason).toEqual({ code: 'lowest', model: 'ets', score: 0.5 });
  });

  it('blends the best three by median when that beats each of them', () => {
    const choice = chooseAuto(
      [
        candidate('naive', [13, 7, 10, 10]),
        candidate('ets', [10, 10, 13, 7]),
        candidate('theta', [7, 13, 7, 13]),
        candidate('snaive', [20, 20, 20, 20]),
      ],
      actual,
      scale,
    );
    expect(choice).toMatchObject({ kind: 'blend', model: 'auto(blend)', score: 0 });
    expect(choice?.members).toEqual(['naive', 'ets', 'theta']);
    expect(choice?.reason).toEqual({
      code: 'blend',
      members: ['naive', 'ets', 'theta'],
      score: 0,
      best: 'naive',
      bestScore: 0.75,
    });
  });

  it('keeps the single model when the blend is no better', () => {
    const choice = chooseAuto(
      [
        candidate('naive', [10, 10, 10, 10]),
        candidate('ets', [12, 12, 12, 12]),
        candidate('theta', [13, 13, 13, 13]),
      ],
      actual,
      scale,
    );
    expect(choice?.model).toBe('auto(naive)');
  });

  it('keeps the earlier model on a tie, and ranks by another metric when asked', () => {
    const tie = chooseAuto(
      [candidate('snaive', [12, 12, 12, 12]), candidate('ets', [8, 8, 8, 8])],
      actual,
      scale,
    );
    expect(tie?.members).toEqual(['snaive']);
    // same MAE, but RMSE punishes the one big miss
    const byRmse = chooseAuto(
      [candidate('naive', [14, 10, 10, 10]), candidate('ets', [11, 11, 11, 11])],
      actual,
      scale,
      { metric: 'rmse' },
    );
    expect(byRmse?.model).toBe('auto(ets)');
    expect(byRmse).toMatchObject({ metric: 'rmse', reason: { code: 'lowest', model: 'ets', score: 1 } });
  });

  it('falls back to the first model when nothing can be scored, and to null without candidates', () => {
    const choice = chooseAuto(
      [candidate('naive', [1, 2, 3, 4])],
      [Float64Array.from([NaN, NaN, NaN, NaN])],
      scale,
    );
    expect(choice?.model).toBe('auto(naive)');
    expect(choice?.score).toBeNaN();
    expect(chooseAuto([], actual, scale)).toBeNull();
  });

  it('says when it chose on the in-sample fit', () => {
    const choice = chooseAuto([candidate('naive', [10, 11, 10, 11])], actual, scale, { basis: 'in-sample' });
    expect(choice).toMatchObject({
      basis: 'in-sample',
      reason: { code: 'lowest', model: 'naive', score: 0.25 },
    });
  });
});

describe('chooseAuto with a default combination', () => {
  const combination = ['ets', 'theta', 'arima', 'stl'] as const;
  // Against actuals of 10 at scale 2: Theta (11) and ARIMA (9.5) combine to 10.25, MASE 0.125.
  const theta = candidate('theta', [11, 11, 11, 11]);
  const arima = candidate('arima', [9.5, 9.5, 9.5, 9.5]);
  const choose = (naiveValue: number, ids: readonly AutoCandidate['id'][] = combination) =>
    chooseAuto([candidate('naive', Array(4).fill(naiveValue)), theta, arima], actual, scale, {
      pool: { combination: ids },
    });

  it('keeps the combination when no single model is at least the margin better', () => {
    // Naive scores 0.12: better than the combination's 0.125, but by less than 10 %
    const choice = choose(10.24);
    expect(choice).toMatchObject({
      kind: 'blend',
      model: 'auto(blend)',
      members: ['theta', 'arima'],
      score: 0.125,
    });
    expect(choice?.reason).toMatchObject({
      code: 'combination',
      members: ['theta', 'arima'],
      margin: COMBINATION_MARGIN,
      windows: 1,
    });
  });

  it('chooses a single model that beats the combination clearly', () => {
    expect(COMBINATION_MARGIN).toBe(0.1);
    const choice = choose(10.2);
    expect(choice).toMatchObject({ kind: 'single', model: 'auto(naive)' });
    expect(choice?.score).toBeCloseTo(0.1, 10);
  });

  describe('over several windows', () => {
    // Five windows of two periods, actuals 10. The combination (Theta and ARIMA agree) misses by 5 in
    // the first window and by 1 in the others: MASE (5 + 4) / 5 / 2 = 0.9.
    const windows = (errors: number[]) => errors.map((error) => Float64Array.from([10 + error, 10 + error]));
    const actuals = windows([0, 0, 0, 0, 0]);
    const member = (id: AutoCandidate['id'], label: string) => ({
      id,
      label,
      windows: windows([5, 1, 1, 1, 1]),
    });
    const chooseOver = (naiveErrors: number[]) =>
      chooseAuto(
        [
          { id: 'naive', label: 'Naive', windows: windows(naiveErrors) },
          member('theta', 'Theta'),
          member('arima', 'ARIMA'),
        ],
        actuals,
        scale,
        { pool: { combination } },
      );

    it('keeps the combination when a model is far lower overall only thanks to one window', () => {
      // Naive: 0.48, half the combination's score, but worse on four windows of five.
      const choice = chooseOver([0, 1.2, 1.2, 1.2, 1.2]);
      expect(choice).toMatchObject({ kind: 'blend', members: ['theta', 'arima'] });
      expect(choice?.reason).toMatchObject({ code: 'combination', consistency: 0.8, windows: 5 });
    });

    it('compares a model that has no forecast for a window with the combination on the windows it has', () => {
      // Naive could not forecast the first window, the one the combination missed by 5: on the other
      // four it is 5 % lower (0.95 against 1 per period). Against the combination's score over all
      // five windows (0.9) its 0.475 looked 47 % lower; on the same periods it is within the margin.
      const choice = chooseOver([NaN, 0.95, 0.95, 0.95, 0.95]);
      expect(choice).toMatchObject({ kind: 'blend', members: ['theta', 'arima'] });
      // Lower by more than the margin on the same periods, it is chosen, and its reason quotes the
      // combination's score on those periods (0.5), not on all five windows.
      const better = chooseOver([NaN, 0.8, 0.8, 0.8, 0.8]);
      expect(better?.reason).toMatchObject({
        code: 'lowest',
        model: 'naive',
        overCombination: { combinationScore: 0.5, won: 4, scored: 4 },
      });
    });

    it('leaves the combination for a model that is lower on four windows of five and says so', () => {
      expect(CONSISTENCY_SHARE).toBe(0.8);
      const choice = chooseOver([0, 0.9, 0.9, 0.9, 1.5]);
      expect(choice).toMatchObject({ kind: 'single', model: 'auto(naive)' });
      expect(choice?.reason).toMatchObject({
        code: 'lowest',
        model: 'naive',
        overCombination: { margin: 0.1, won: 4, scored: 5 },
      });
      expect(choice?.score).toBeCloseTo(0.42, 2);
    });
  });

  it('keeps the in-sample note last when a model beats the combination on the in-sample fit', () => {
    const choice = chooseAuto([candidate('naive', [10.2, 10.2, 10.2, 10.2]), theta, arima], actual, scale, {
      basis: 'in-sample',
      pool: { combination },
    });
    expect(choice).toMatchObject({
      basis: 'in-sample',
      reason: { code: 'lowest', model: 'naive', overCombination: { won: 1, scored: 1 } },
    });
  });

  it('ignores a combination with fewer than two scored members', () => {
    expect(choose(10.24, ['theta', 'stl'])).toMatchObject({ kind: 'single', model: 'auto(naive)' });
  });
});

describe('chooseAuto with an anchor for the combination', () => {
  const combination = ['ets', 'theta', 'arima', 'stl'] as const;
  // Actuals of 10 at scale 2. Theta (MASE 1) and ARIMA (0.5) err in opposite directions: their
  // median (10.5, 9.5, …) scores 0.25, lower than either.
  const members = [candidate('theta', [12, 8, 12, 8]), candidate('arima', [9, 11, 9, 11])];
  const choose = (arxValues: number[]) =>
    chooseAuto([candidate('arx', arxValues), ...members], actual, scale, {
      pool: { combination, anchor: 'arx' },
    });

  it('averages the median with the anchor when that scores lower', () => {
    // AR-X alone scores 0.25, as the median does; averaged with it, it errs the other way and the
    // average hits the actuals.
    const choice = choose([9.5, 10.5, 9.5, 10.5]);
    expect(choice).toMatchObject({
      kind: 'blend',
      model: 'auto(blend)',
      members: ['theta', 'arima', 'arx'],
      score: 0,
    });
    expect(choice?.reason).toMatchObject({ code: 'combination', members: ['theta', 'arima'], anchor: 'arx' });
  });

  it('does not average on an in-sample fit, which favours the regression', () => {
    const choice = chooseAuto([candidate('arx', [9.5, 10.5, 9.5, 10.5]), ...members], actual, scale, {
      basis: 'in-sample',
      pool: { combination, anchor: 'arx' },
    });
    expect(choice?.reason).not.toHaveProperty('anchor');
  });

  it('keeps the median alone when averaging with the anchor scores worse', () => {
    const choice = choose([16, 16, 16, 16]);
    expect(choice).toMatchObject({ kind: 'blend', members: ['theta', 'arima'], score: 0.25 });
    expect(choice?.reason).not.toHaveProperty('anchor');
  });

  it("forecasts the same average it was scored on, from the members' windows", () => {
    const arx = candidate('arx', [9.5, 10.5, 9.5, 10.5]);
    const choice = choose(Array.from(arx.windows[0]!));
    const windows = new Map([arx, ...members].map((entry) => [entry.id, entry.windows]));
    const combined = choiceWindows(choice!, (id) => windows.get(id) ?? []);
    expect(Array.from(combined[0] ?? [])).toEqual([10, 10, 10, 10]);
    // Without the anchor, the same members give their median.
    const plain = choose([16, 16, 16, 16]);
    expect(Array.from(choiceWindows(plain!, (id) => windows.get(id) ?? [])[0] ?? [])).toEqual([
      10.5, 9.5, 10.5, 9.5,
    ]);
  });
});

describe('the anchored combination over several windows', () => {
  // Five windows of two periods, actuals 10.
  const windows = (first: number, rest: number) =>
    [first, rest, rest, rest, rest].map((value) => Float64Array.from([value, value]));
  const choose = (median: [number, number], arx: [number, number], anchorPlanned?: boolean) =>
    chooseAuto(
      [
        { id: 'theta', windows: windows(...median) },
        { id: 'arima', windows: windows(...median) },
        { id: 'arx', windows: windows(...arx) },
      ],
      windows(10, 10),
      scale,
      { pool: { combination: ['theta', 'arima'], anchor: 'arx', anchorPlanned } },
    );

  it('is not chosen when it is lower overall only thanks to one window', () => {
    // Theta and ARIMA forecast 20 in the first window and 11 after it; AR-X 10, then 12. Averaged:
    // 15, then 11.5 — lower in total (11 against 14), but only on the first window.
    const choice = choose([20, 11], [10, 12]);
    expect(choice).toMatchObject({ kind: 'blend', members: ['theta', 'arima'] });
    expect(choice?.reason).toMatchObject({ code: 'combination', windows: 5 });
    expect(choice?.reason).not.toHaveProperty('anchor');
  });

  it('is the default where the anchor reads a planned price or promotion, and says so', () => {
    // The same windows: the median alone is lower on four of five, but higher in total, so it has
    // not earned its place.
    const choice = choose([20, 11], [10, 12], true);
    expect(choice).toMatchObject({ kind: 'blend', members: ['theta', 'arima', 'arx'] });
    expect(choice?.reason).toMatchObject({ code: 'combination', anchor: 'arx', anchorPlanned: true });
  });

  it('with a planned price or promotion, gives way to the median alone when that is lower consistently', () => {
    // Median 11 throughout; AR-X 9 in the first window, 14 after it. Averaged: 10, then 12.5.
    const choice = choose([11, 11], [9, 14], true);
    expect(choice).toMatchObject({ kind: 'blend', members: ['theta', 'arima'] });
    expect(choice?.reason).not.toHaveProperty('anchor');
    expect(choice?.reason).not.toHaveProperty('anchorPlanned');
  });
});

describe('anchoredBlend', () => {
  it('is the mean of the median and the anchor, the median alone where the anchor has no forecast', () => {
    const blend = anchoredBlend([Float64Array.from([10, 20, 30])], [Float64Array.from([14, NaN, 0])]);
    expect(Array.from(blend[0] ?? [])).toEqual([12, 20, 15]);
  });
});

describe('medianBlend', () => {
  it('takes the per-period median of the members', () => {
    const blend = medianBlend([
      [Float64Array.from([1, 5])],
      [Float64Array.from([3, 2])],
      [Float64Array.from([2, 9])],
    ]);
    expect(Array.from(blend[0] ?? [])).toEqual([2, 5]);
  });

  it('leaves out a member with no forecast for a period', () => {
    const blend = medianBlend([
      [Float64Array.from([1, NaN])],
      [Float64Array.from([3, 4])],
      [Float64Array.from([NaN, NaN])],
    ]);
    expect(Array.from(blend[0] ?? [])).toEqual([2, 4]);
  });
});
