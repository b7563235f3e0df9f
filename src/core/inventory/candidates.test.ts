import { describe, expect, it } from 'vitest';
import { candidateRules, newsvendorLevel } from './candidates';
import { resolveSettings, unitCosts } from './settings';

describe('candidateRules', () => {
  it('tries about 50 rules under auto, every policy that applies', () => {
    const settings = resolveSettings({ reviewPeriod: 7, shelfLife: 3 });
    const rules = candidateRules(settings, unitCosts(settings, 10, 'daily'));
    expect(rules.length).toBe(50);
    expect(new Set(rules.map((rule) => rule.kind))).toEqual(
      new Set(['RS', 'sQ', 'sS', 'naive', 'base_stock', 'newsvendor']),
    );
  });

  it('tries only the chosen policy otherwise', () => {
    const settings = resolveSettings({ policy: 'RS' });
    const rules = candidateRules(settings, unitCosts(settings, 10, 'daily'));
    expect(rules.every((rule) => rule.kind === 'RS')).toBe(true);
    expect(rules.length).toBe(8);
  });

  it("sets the newsvendor's level at the critical ratio", () => {
    // Shelf life 1: a unit left over loses its value 10 (+ 1 period of holding); a unit short costs 3.
    const settings = resolveSettings({ shelfLife: 1 });
    const costs = unitCosts(settings, 10, 'weekly');
    expect(newsvendorLevel(settings, costs)).toBeCloseTo(3 / (3 + 10 + costs.holding), 12);
  });
});
