/** Plural forms a language may lack: Chinese has only `_other` (i18next's plural suffixes). */
type PluralForm = `${string}_${'zero' | 'one' | 'two' | 'few' | 'many'}`;

/**
 * A translation has exactly the English catalogue's shape, with any string in each place: the
 * compiler then rejects a missing or extra key in zh-CN, and `catalogues.test.ts` checks the rest
 * (placeholders, untranslated values). Plural forms other than `_other` are optional, since a
 * language without them (Chinese) uses `_other` for every count.
 */
export type Catalogue<T> = {
  [K in keyof T as K extends PluralForm ? never : K]: T[K] extends string ? string : Catalogue<T[K]>;
} & { [K in keyof T as K extends PluralForm ? K : never]?: string };
