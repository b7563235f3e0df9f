/**
 * Month names and their usual abbreviations in English, German, French and Spanish, written
 * without accents: a name is looked up lower-cased with accents removed, so `Mär`, `févr.` and
 * `août` match `mar`, `fevr` and `aout`.
 */
const NAMES_BY_MONTH: readonly string[][] = [
  ['jan', 'january', 'januar', 'janner', 'janv', 'janvier', 'ene', 'enero'],
  ['feb', 'february', 'februar', 'febr', 'fev', 'fevr', 'fevrier', 'febrero'],
  ['mar', 'march', 'marz', 'mrz', 'maerz', 'mars', 'marzo'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
  ['may', 'mai', 'mayo'],
  ['jun', 'june', 'juni', 'juin', 'junio'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio'],
  ['aug', 'august', 'aout', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'dez', 'dezember', 'decembre', 'dic', 'diciembre'],
];

const MONTH_BY_NAME = new Map<string, number>();
NAMES_BY_MONTH.forEach((names, index) => {
  for (const name of names) MONTH_BY_NAME.set(name, index + 1);
});

/** 1..12, or NaN when `word` is not a month name. */
export function monthFromName(word: string): number {
  const key = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return MONTH_BY_NAME.get(key) ?? NaN;
}
