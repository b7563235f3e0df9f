import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import type { Language } from '../../i18n/languages';
import { zhCN } from '../../i18n/zh-CN';
import { inventoryError } from '../../workers/inventory-handlers';
import { INVENTORY_ERROR } from '../../workers/inventory-protocol';
import { RPC_ERROR } from '../../workers/rpc-protocol';
import { InvalidSettingError } from '../../core/inventory/settings';
import { workerErrorText } from './worker-error-text';

function inventoryT(language: Language): TFunction<'inventory'> {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en, 'zh-CN': zhCN },
    ns: ['inventory'],
    defaultNS: 'inventory',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.getFixedT(language, 'inventory');
}

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
