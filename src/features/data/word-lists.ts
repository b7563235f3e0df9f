/**
 * Lists inside sentences, in the user's language: example lines ("lines 4, 9 and 3 more" /
 * "第 4、9 行，另有 3 处") and short lists of names.
 */
import type { TFunction } from 'i18next';
import { formatCount } from './format';

/** `items` joined, then "and N more" when `total` is larger than the list shown. */
export function listText(t: TFunction<'data'>, items: readonly string[], total = items.length): string {
  const list = items.join(t('list.separator'));
  const more = total - items.length;
  return more > 0 ? t('list.more', { list, count: more }) : list;
}

export function quotedList(t: TFunction<'data'>, items: readonly string[], total = items.length): string {
  return listText(
    t,
    items.map((text) => t('list.quoted', { text })),
    total,
  );
}

/** The example lines of a finding of `total` rows, e.g. "lines 4, 9, 12 and 3 more". */
export function linesText(
  t: TFunction<'data'>,
  locale: string,
  lines: readonly number[],
  total: number,
): string {
  const shown = lines.map((line) => formatCount(locale, line)).join(t('list.separator'));
  const more = total - lines.length;
  if (more > 0) return t('lines.more', { lines: shown, count: more });
  return lines.length === 1 ? t('lines.one', { lines: shown }) : t('lines.many', { lines: shown });
}
