import { describe, expect, it } from 'vitest';
import { isLanguage, languageFor } from './languages';

describe('languageFor', () => {
  it('reads any zh browser language as Simplified Chinese and anything else as English', () => {
    expect(languageFor(['zh'])).toBe('zh-CN');
    expect(languageFor(['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageFor(['ZH-hans-CN'])).toBe('zh-CN');
    expect(languageFor(['en-GB', 'zh-CN'])).toBe('en');
    expect(languageFor(['de'])).toBe('en');
    expect(languageFor([])).toBe('en');
  });

  it('accepts exactly the two select values', () => {
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('zh-CN')).toBe(true);
    expect(isLanguage('zh')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
