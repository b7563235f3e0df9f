import { describe, expect, it } from 'vitest';
import type { Frequency } from '../dataset/types';
import {
  ARCHITECTURE_LABELS,
  NEURAL_SETTING_INFO,
  defaultNeuralSettings,
  settingProblems,
  type NeuralArchitecture,
} from './settings';

describe('neural settings', () => {
  it('has valid defaults for every frequency and architecture, each setting explained', () => {
    for (const frequency of ['daily', 'weekly', 'monthly', 'quarterly'] as Frequency[]) {
      for (const architecture of Object.keys(ARCHITECTURE_LABELS) as NeuralArchitecture[]) {
        const settings = defaultNeuralSettings(frequency, architecture);
        expect(settingProblems(settings)).toEqual([]);
        expect(Object.keys(NEURAL_SETTING_INFO).sort()).toEqual(Object.keys(settings).sort());
      }
    }
    for (const info of Object.values(NEURAL_SETTING_INFO)) expect(info.help.length).toBeGreaterThan(20);
  });

  it('names settings out of range or not whole', () => {
    const settings = { ...defaultNeuralSettings('weekly'), dropout: 0.95, units: 7.5 };
    expect(settingProblems(settings)).toEqual([
      'Units must be a whole number.',
      'Dropout must be between 0 and 0.8.',
    ]);
  });
});
