import { describe, expect, it } from 'vitest';
import type { Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/test-translation';
import { RpcError } from '../../workers/rpc';
import type { BackendReason } from '../../workers/train-protocol';
import {
  backendReasonText,
  inputGroupText,
  trainFailureOf,
  trainFailureText,
  type NeuralT,
} from './neural-words';

const neuralT = (language: Language): NeuralT => translatorFor(language, 'neural');

const measured: BackendReason = {
  code: 'fastest',
  trials: [
    { backend: 'wasm', msPerStep: 4.25 },
    { backend: 'cpu', msPerStep: 31.6 },
  ],
  skipped: [
    { backend: 'webgpu', problem: 'no-adapter' },
    { backend: 'webgl', problem: 'trial-failed', detail: 'Kernel Foo not registered' },
  ],
};

describe('the training worker’s codes in words', () => {
  it('says why a backend was chosen, with the measured step times, in English and Chinese', () => {
    expect(backendReasonText(measured, neuralT('en'), 'en')).toBe(
      'fastest in a trial of this network: wasm 4.3 ms/step, cpu 32 ms/step; webgpu: no WebGPU adapter; ' +
        'webgl: its trial step failed (Kernel Foo not registered)',
    );
    const zh = backendReasonText(measured, neuralT('zh-CN'), 'zh-CN');
    expect(zh).toContain('wasm 每步 4.3 毫秒、cpu 每步 32 毫秒');
    expect(zh).toContain('webgpu：没有 WebGPU 适配器');
    expect(backendReasonText({ code: 'forced', msPerStep: 12 }, neuralT('en'), 'en')).toBe(
      'chosen in the settings (trial step: 12 ms)',
    );
  });

  it('says when training moved to another backend mid-run, and from which step', () => {
    const moved: BackendReason = {
      code: 'failed-over',
      from: 'webgpu',
      phase: 'evaluation',
      step: 120,
      detail: 'The Device was lost',
    };
    expect(backendReasonText(moved, neuralT('en'), 'en')).toBe(
      'webgpu failed after step 120 of the training (The Device was lost); training went on here from that step',
    );
    expect(backendReasonText(moved, neuralT('zh-CN'), 'zh-CN')).toBe(
      'webgpu 在训练的第 120 步之后失效（The Device was lost）；训练从该步起在此继续',
    );
    const forecasting: BackendReason = { ...moved, phase: 'forecasting', step: 0 };
    expect(backendReasonText(forecasting, neuralT('en'), 'en')).toBe(
      'webgpu failed while forecasting (The Device was lost); the forecast was made here',
    );
  });

  it('words a coded failure from its envelope and leaves other errors alone', () => {
    const envelope = new RpcError({
      code: 'backend-unavailable',
      message: 'backend-unavailable {}',
      params: { backend: 'webgpu', problem: 'no-webgpu' },
    });
    const failure = trainFailureOf(envelope);
    expect(failure).not.toBeNull();
    expect(trainFailureText(failure!, neuralT('en'))).toBe(
      'webgpu cannot run here: this browser has no WebGPU.',
    );
    expect(trainFailureText(failure!, neuralT('zh-CN'))).toBe('webgpu 无法在此运行：此浏览器不支持 WebGPU。');
    expect(
      trainFailureText({ code: 'model-does-not-fit', params: { problem: 'frequency' } }, neuralT('en')),
    ).toBe('Trained on another frequency: it cannot forecast this data.');
    expect(trainFailureOf(new RpcError({ code: 'worker-crashed', message: 'boom' }))).toBeNull();
    expect(trainFailureOf(new Error('plain'))).toBeNull();
  });

  it('names each input group of the importance chart, the last season included', () => {
    const en = neuralT('en');
    expect(inputGroupText('seasonal-lag', en)).toBe('Last season (the same period one season earlier)');
    expect(inputGroupText('calendar', en)).toBe('Calendar');
    expect(inputGroupText('covariate:promo', en)).toBe('Covariate: promo');
    expect(inputGroupText('seasonal-lag', neuralT('zh-CN'))).toBe('上个季节周期的同期销量');
    expect(inputGroupText('something-new', en)).toBe('something-new');
  });
});
