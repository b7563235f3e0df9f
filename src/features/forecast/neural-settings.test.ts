import { describe, expect, it } from 'vitest';
import { AUTO_NETWORK, neuralSettingsOf, runNetworkOf } from './neural-settings';

describe('neuralSettingsOf', () => {
  it("maps the UI's CNN to the core's temporal convolution and keeps the user's changes", () => {
    const settings = neuralSettingsOf('cnn', 'daily', { steps: 20, learningRate: 0.01 });
    expect(settings.architecture).toBe('tcn');
    expect(settings.steps).toBe(20);
    expect(settings.learningRate).toBe(0.01);
    expect(settings.lookback).toBe(28);
    expect(neuralSettingsOf('lstm', 'weekly', {}).architecture).toBe('lstm');
  });
});

describe('runNetworkOf', () => {
  it('trains the chosen network, Auto’s only when opted in, and none for a classical model', () => {
    expect(runNetworkOf({ model: 'gru', autoNeural: false })).toBe('gru');
    expect(runNetworkOf({ model: 'auto', autoNeural: false })).toBeNull();
    expect(runNetworkOf({ model: 'auto', autoNeural: true })).toBe(AUTO_NETWORK);
    expect(runNetworkOf({ model: 'ets', autoNeural: true })).toBeNull();
  });
});
