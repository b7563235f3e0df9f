import { describe, it, expect } from 'vitest';
import { chooseAuto, type AutoCandidate } from './auto';

// Auto's ranking of candidates that lack some windows (auto-ranking.ts), through chooseAuto.
const scale = { value: 2, basis: 'seasonal' as const };
/** Windows of two periods, each its error away from actuals of 10. */
const windows = (errors: number[]) => errors.map((error) => Float64Array.from([10 + error, 10 + error]));

describe('chooseAuto with a candidate that lacks windows', () => {
  // Five windows of two periods, actuals 10; the first window is hard: Theta and ARIMA miss by 5
  // there and by 1 after it (MASE 0.9). The MLP has no forecast for the first window.
  const actuals = windows([0, 0, 0, 0, 0]);
  const full = [
    { id: 'theta', windows: windows([5, 1, 1, 1, 1]) },
    { id: 'arima', windows: windows([5, 1, 1, 1, 1]) },
  ] satisfies AutoCandidate[];
  const choose = (mlpError: number) =>
    chooseAuto([...full, { id: 'mlp', windows: windows([NaN, ...Array(4).fill(mlpError)]) }], actuals, scale);

  it('ranks it by its score scaled to the periods it lacks, not as if it had skipped them for nothing', () => {
    // Off by 1.1 on its four windows: MASE 0.55 there, lower than the others' 0.9 over five, but 10 %
    // worse than them on the same four windows.
    expect(choose(1.1)?.members).toEqual(['theta']);
    // Off by 0.9: 10 % better than them on the same windows, so it ranks first (its own score reported).
    const better = choose(0.9);
    expect(better?.members).toEqual(['mlp']);
    expect(better?.score).toBeCloseTo(0.45, 10);
  });

  it('does not rank it first for matching a perfect reference on periods where nothing sold', () => {
    // The item sold 10 in the first window, then nothing: every model forecast 0 after it.
    const sold = [Float64Array.from([10, 10]), ...Array.from({ length: 4 }, () => Float64Array.from([0, 0]))];
    const quiet = (first: number) => [Float64Array.from([first, first]), ...windows([-10, -10, -10, -10])];
    const choice = chooseAuto(
      [
        { id: 'theta', windows: quiet(6) },
        { id: 'arima', windows: quiet(4) },
        { id: 'mlp', windows: [Float64Array.from([NaN, NaN]), ...windows([-10, -10, -10, -10])] },
      ],
      sold,
      scale,
    );
    // On its four windows the MLP scores 0, as does the reference (the others' median): it is as
    // good as the reference, not better than Theta's 0.4 and ARIMA's 0.6 over all five.
    expect(choice?.members).toEqual(['theta']);
  });

  it('never ranks it ahead of a model that did as well on its periods: a tie there is no evidence', () => {
    // The item sold 10 in the first window, then nothing. Seasonal naive missed the first window by
    // 6, then forecast 0; Theta and ARIMA missed it by 4, then forecast 1. The MLP, with no forecast
    // for the first window, forecast 0 after it: as good as seasonal naive where it forecast.
    const sold = [Float64Array.from([10, 10]), ...windows([-10, -10, -10, -10])];
    const after = (first: number, rest: number) => [
      Float64Array.from([first, first]),
      ...windows(Array(4).fill(rest - 10)),
    ];
    const candidates: AutoCandidate[] = [
      { id: 'snaive', windows: after(4, 0) },
      { id: 'theta', windows: after(6, 1) },
      { id: 'arima', windows: after(6, 1) },
      { id: 'mlp', windows: [Float64Array.from([NaN, NaN]), ...windows([-10, -10, -10, -10])] },
    ];
    // Not the MLP alone: seasonal naive ranks first, the MLP after it (here in the best-three blend).
    const choice = chooseAuto(candidates, sold, scale);
    expect(choice?.members[0]).toBe('snaive');
    expect(choice?.members).not.toEqual(['mlp']);
  });

  it('on an in-sample fit, ranks it by its own score: a fit that starts later skipped no window', () => {
    const choice = chooseAuto(
      [...full, { id: 'mlp', windows: windows([NaN, 1.1, 1.1, 1.1, 1.1]) }],
      actuals,
      scale,
      { basis: 'in-sample' },
    );
    expect(choice?.members).toEqual(['mlp']);
  });
});

describe('a best-three blend with a member that lacks windows', () => {
  it('is judged only where all three forecast, not as a blend of two elsewhere', () => {
    // Actuals 10. Theta errs +4 in the first window and +1 after it, ARIMA +4 then −0.8; the MLP has
    // no first window and errs +0.2 after it. With the MLP ranked as the periods it lacks suggest
    // (8.8 times its own 0.1), ARIMA is the best single model (0.72). The blend of the three errs
    // +0.2 on the last four windows: scored there and ranked the same way it is worse than ARIMA;
    // with Theta's and ARIMA's +4 counted as the blend's first window it would have looked better
    // (0.48).
    const choice = chooseAuto(
      [
        { id: 'theta', windows: windows([4, 1, 1, 1, 1]) },
        { id: 'arima', windows: windows([4, -0.8, -0.8, -0.8, -0.8]) },
        { id: 'mlp', windows: windows([NaN, 0.2, 0.2, 0.2, 0.2]) },
      ],
      windows([0, 0, 0, 0, 0]),
      scale,
    );
    expect(choice).toMatchObject({ kind: 'single', members: ['arima'] });
    expect(choice?.score).toBeCloseTo(0.72, 10);
  });
});
