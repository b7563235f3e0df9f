import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './forecast-settings';
import { parseSavedSettings, savedSettingsText } from './saved-settings';

describe('saved model settings', () => {
  it('read back what was saved', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      model: 'ets' as const,
      horizon: 14,
      level: 0.95,
      metric: 'wape' as const,
    };
    expect(parseSavedSettings(savedSettingsText(settings))).toEqual({
      model: 'ets',
      horizon: 14,
      level: 0.95,
      budgetMinutes: DEFAULT_SETTINGS.budgetMinutes,
      metric: 'wape',
    });
  });

  it('keep an unknown model id as it was, for the slice to settle into Auto with a note', () => {
    expect(parseSavedSettings('{"model":"prophet"}')).toEqual({ model: 'prophet' });
  });

  it('drop values this version does not accept, and anything that is not an object', () => {
    const text = JSON.stringify({ model: 7, horizon: 'x', level: 0.7, budgetMinutes: -1, metric: 'r2' });
    expect(parseSavedSettings(text)).toEqual({});
    expect(parseSavedSettings('not json')).toEqual({});
    expect(parseSavedSettings('[1]')).toEqual({});
    expect(parseSavedSettings(null)).toEqual({});
  });
});
