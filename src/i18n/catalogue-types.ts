/**
 * A translation has exactly the English catalogue's shape, with any string in each place: the
 * compiler then rejects a missing or extra key in zh-CN, and `catalogues.test.ts` checks the rest
 * (placeholders, untranslated values).
 */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
