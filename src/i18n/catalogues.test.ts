import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { SAME_IN_EVERY_LANGUAGE } from './untranslated';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

/** i18next plural keys: English has `_one` and `_other`, Chinese only `_other`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const stem = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const english = leaves(en as unknown as Tree);
const chinese = leaves(zhCN as unknown as Tree);

describe('the English and Chinese catalogues', () => {
  it('have the same keys, up to plural forms', () => {
    expect([...new Set([...chinese.keys()].map(stem))].sort()).toEqual(
      [...new Set([...english.keys()].map(stem))].sort(),
    );
  });

  it('have no empty value', () => {
    for (const [key, text] of [...english, ...chinese]) expect(text.trim(), key).not.toBe('');
  });

  it('translate every value outside the allow-list', () => {
    const untranslated = [...chinese]
      .filter(([key, text]) => english.get(key) === text && !SAME_IN_EVERY_LANGUAGE.has(text))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of chinese) {
      const source = english.get(key) ?? english.get(`${stem(key)}_other`);
      expect(placeholders(text), key).toEqual(placeholders(source ?? ''));
    }
  });
});
