import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../i18n/languages';
import { translatorFor } from '../../i18n/test-translation';
import { inventoryError } from '../../workers/inventory-handlers';
import { INVENTORY_ERROR } from '../../workers/inventory-protocol';
import { RPC_ERROR } from '../../workers/rpc-protocol';
import { InvalidSettingError } from '../../core/inventory/settings';
import { workerErrorText } from './worker-error-text';

const inventoryT = (language: Language): TFunction<'inventory'> => translatorFor(language, 'inventory');

describe('workerErrorText', () => {
  it('words a setting out of range from its code and key, in each language', () => {
    const envelope = inventoryError(new InvalidSettingError('leadTime'));
    expect(envelope.code).toBe(INVENTORY_ERROR.invalidSetting);
    expect(workerErrorText(envelope, inventoryT('en'))).toBe('The setting “leadTime” is out of range.');
    expect(workerErrorText(envelope, inventoryT('zh-CN'))).toBe('设置“leadTime”超出范围。');
  });

  it('asks to plan again when the worker holds no run, and quotes a crash’s detail', () => {
    const en = inventoryT('en');
    expect(workerErrorText({ code: INVENTORY_ERROR.replayStale, message: 'x' }, en)).toBe(
      'Plan again to replay a series.',
    );
    expect(workerErrorText({ code: INVENTORY_ERROR.noRun, message: 'x' }, en)).toBe(
      'Plan again to replay a series.',
    );
    expect(
      workerErrorText({ code: RPC_ERROR.workerCrashed, message: 'out of memory' }, inventoryT('zh-CN')),
    ).toBe('库存计算线程已停止：out of memory');
  });
});
