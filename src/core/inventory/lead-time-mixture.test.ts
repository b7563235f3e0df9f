import { describe, expect, it } from 'vitest';
import { leadTimeDemandSigma } from './lead-time-demand';
import { leadTimeMixtureQuantiles } from './lead-time-mixture';
import { normalDemand } from './normal-demand-fixture';

describe('leadTimeMixtureQuantiles', () => {
  const demand = normalDemand(50, 10, 20);

  it('spreads demand over a variable lead time as σ²_LTD = E[L]σ²_d + μ²σ²_L says', () => {
    // E[L] = 4, σ_L = 1, reviewed every period, so an order covers L periods: the mixture's median is
    // about 4·50 and its 84 % − 50 % gap about σ = √(4·100 + 2500·(1 + 1/12)), the 1/12 being the
    // rounding of L to whole periods.
    const [median, upper] = leadTimeMixtureQuantiles(
      demand,
      1,
      { mean: 4, sd: 1, min: 1, max: 7 },
      [0.5, 0.8413],
    );
    const sigma = Math.sqrt(4 * 100 + 2500 * (1 + 1 / 12));
    expect(median).toBeCloseTo(200, -1);
    expect((upper as number) - (median as number)).toBeGreaterThan(0.9 * sigma);
    expect((upper as number) - (median as number)).toBeLessThan(1.1 * sigma);
    // Far wider than with a fixed lead time of 4.
    expect((upper as number) - (median as number)).toBeGreaterThan(2 * leadTimeDemandSigma(4, 0, 50, 10));
  });
});
