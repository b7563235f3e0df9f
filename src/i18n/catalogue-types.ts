/**
 * A translation has exactly the English catalogue's shape, with any string in each place: the
 * compiler then rejects a missing or extra key in zh-CN, and `catalogues.test.ts` checks the rest
 * (placeholders, untranslated values). English plural keys `_one` have no counterpart in Chinese,
 * which has only the `_other` form.
 */
export type Catalogue<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : Catalogue<T[K]>;
};
