/**
 * Guesses what each column means, from its name (in a few languages) and from its values, so most
 * files load without the user touching the column mapper.
 */
import { guessStockColumns } from './stock-columns';
import type { ColumnMapping, CovariateMapping, RawTable } from './types';
import { compactName, nameWords, profileColumn, type ColumnProfile } from './column-profile';
import { detectDateColumns } from './layout';
import { KeyUniqueness, UNIQUE_ENOUGH } from './key-uniqueness';
import { outcomeColumns } from './outcome-columns';

const DATE_WORDS = [
  'date',
  'day',
  'week',
  'month',
  'period',
  'datum',
  'fecha',
  'jour',
  'time',
  'timestamp',
  'ds',
  'tag',
  'monat',
  'mois',
  'semaine',
];
const KEY_WORDS = [
  'store',
  'shop',
  'location',
  'item',
  'sku',
  'product',
  'article',
  'dept',
  'department',
  'category',
  'series',
  'id',
  'nbr',
  'family',
  'branch',
  'outlet',
  'artikel',
  'produkt',
  'filiale',
  'produit',
  'magasin',
  'producto',
  'tienda',
  'state',
  'region',
  'country',
  'city',
  'warehouse',
  'industry',
  'key',
];
const ID_WORDS = ['id', 'series', 'key'];
const TARGET_WORDS = [
  'sales',
  'sale',
  'units',
  'unit',
  'qty',
  'quantity',
  'demand',
  'sold',
  'turnover',
  'revenue',
  'umsatz',
  'ventes',
  'ventas',
  'cnt',
  'count',
  'volume',
  'absatz',
  'menge',
  'y',
];
/** Sales words that name an amount of money rather than of goods. */
const MONEY_WORDS = ['revenue', 'turnover', 'umsatz'];
const PRICE_WORDS = ['price', 'preis', 'prix', 'precio', 'sellprice', 'unitprice'];
/** The retailer's own promotions (a feature ad and an in-store display are promotions too). */
const PROMOTION_WORDS = [
  'promo',
  'promotion',
  'onpromotion',
  'discount',
  'onsale',
  'markdown',
  'aktion',
  'campaign',
  'feature',
  'display',
  'deal',
];
/** Days that move sales: promotions, and the calendar's own events. */
const EVENT_WORDS = [...PROMOTION_WORDS, 'snap', 'holiday', 'event', 'feiertag'];
const OPEN_WORDS = [
  'open',
  'isopen',
  'opened',
  'available',
  'availability',
  'geoeffnet',
  'geöffnet',
  'ouvert',
  'abierto',
];
/** Known covariates: never taken for a series in a wide-series table, nor for the sales. */
const COVARIATE_WORDS = [
  'temperature',
  'temp',
  'weather',
  'rain',
  'fuel',
  'cpi',
  'unemployment',
  'oil',
  'customers',
  'visitors',
  'traffic',
  'transactions',
];

/** The name, or one of its words, is `word` (plural or with a number: markdown1, sales). */
function named(profile: Pick<ColumnProfile, 'words' | 'compact'>, words: readonly string[]): boolean {
  return words.some(
    (word) =>
      profile.compact === word ||
      profile.words.some(
        (part) => part === word || part === `${word}s` || new RegExp(`^${word}\\d+$`).test(part),
      ),
  );
}

/** The column named as the sales ("sales", "units_sold"), whatever its values hold, or null. */
export function salesNamedColumn(header: readonly string[]): string | null {
  return (
    header.find((name) => {
      const parts = { words: nameWords(name), compact: compactName(name) };
      return (
        named(parts, TARGET_WORDS) && !named(parts, [...PRICE_WORDS, ...EVENT_WORDS, ...COVARIATE_WORDS])
      );
    }) ?? null
  );
}

const isText = (profile: ColumnProfile): boolean => profile.numericShare < 0.9;

/** Codes repeat: a column whose values each cover at least this many rows on average can be one. */
const MIN_ROWS_PER_CODE = 10;

/**
 * Whole numbers with few distinct values (brand 1–11, region 1–4) may be codes that identify a
 * series rather than quantities. Sales, prices, promotions and known covariates are quantities.
 */
function isCodeColumn(profile: ColumnProfile): boolean {
  return (
    !isText(profile) &&
    profile.integer &&
    !profile.binary &&
    profile.distinct * MIN_ROWS_PER_CODE <= profile.nonEmpty &&
    !named(profile, [...TARGET_WORDS, ...PRICE_WORDS, ...EVENT_WORDS, ...COVARIATE_WORDS, ...DATE_WORDS])
  );
}

export function guessMapping(table: RawTable): ColumnMapping {
  const wideDates = detectDateColumns(table.header);
  if (wideDates) {
    const dateSet = new Set(wideDates.columns);
    return emptyMapping({
      layout: 'wide-dates-as-columns',
      dateReading: wideDates.reading,
      series: table.header.filter((name) => !dateSet.has(name)),
    });
  }
  const stock = guessStockColumns(table.header);
  // Date parts the reader joined into one date column (period-columns.ts) have no role of their own.
  const left = new Set([
    ...Object.values(stock),
    ...table.columns.flatMap((column) => (column.kind === 'dict' ? (column.joinedFrom ?? []) : [])),
  ]);
  const profiles = table.columns
    .filter((column) => !left.has(column.name))
    .map((column) => profileColumn(column, table.format));
  const date = pickDateColumn(profiles);
  const others = profiles.filter((profile) => profile !== date);
  const numeric = others.filter(
    (p) => !isText(p) && !p.binary && !named(p, KEY_WORDS) && !named(p, DATE_WORDS),
  );
  const namedTarget = pickNamedTarget(numeric);
  const textKeys = others.filter((p) => isText(p) && !p.binary && !named(p, EVENT_WORDS));
  // "fuel_price" is a regional covariate, not the item's shelf price.
  const price = numeric.find((p) => named(p, PRICE_WORDS) && !named(p, COVARIATE_WORDS)) ?? null;
  const availability = others.find((p) => p.binary && named(p, OPEN_WORDS)) ?? null;
  const dateReading = date?.dates?.reading ?? 'iso';
  // An event word wins over a key or date word: "StateHoliday", "store_promo" and "holiday_week"
  // describe days, not stores or dates ("DayOfWeek" or "week" alone are the calendar's own).
  const isCovariate = (p: ColumnProfile): boolean => {
    if (p === availability) return false;
    if (named(p, EVENT_WORDS)) return true;
    if (named(p, DATE_WORDS) || named(p, KEY_WORDS)) return false;
    return p.binary || !isText(p);
  };

  // Products or stores as columns: each date on one row only, and several unnamed numeric columns.
  const seriesColumns = others.filter(
    (p) =>
      !isText(p) &&
      !p.binary &&
      !named(p, [...DATE_WORDS, ...PRICE_WORDS, ...EVENT_WORDS, ...COVARIATE_WORDS]),
  );
  const oneRowPerDate = date !== null && date.distinct >= UNIQUE_ENOUGH * date.nonEmpty;
  if (date && oneRowPerDate && !namedTarget && textKeys.length === 0 && seriesColumns.length >= 2) {
    const seriesSet = new Set(seriesColumns);
    return emptyMapping({
      layout: 'wide-series-as-columns',
      date: date.name,
      dateReading,
      covariates: covariatesOf(others.filter((p) => !seriesSet.has(p) && isCovariate(p))),
      availability: availability?.name ?? null,
      price: price?.name ?? null,
    });
  }

  const target =
    namedTarget ??
    mostVaried(numeric.filter((p) => !named(p, [...PRICE_WORDS, ...EVENT_WORDS, ...COVARIATE_WORDS])));
  // A key-named column with one value (store "1" in a one-store file) reads as 0/1 but is a key.
  const keyCandidates = others.filter(
    (p) =>
      p !== target &&
      !named(p, EVENT_WORDS) &&
      (named(p, KEY_WORDS) || (isText(p) && !p.binary) || isCodeColumn(p)),
  );
  const series = date ? pickKeys(table, date, keyCandidates) : [];
  const used = new Set<ColumnProfile>(series);
  if (target) used.add(target);
  const candidates = others.filter((p) => !used.has(p) && isCovariate(p));
  // Revenue, customers and the like restate the sales: no covariate unless the file plans them.
  const outcomes = new Set(
    outcomeColumns(
      table,
      {
        layout: 'long',
        series: series.map((p) => p.name),
        target: target?.name ?? null,
        price: price?.name ?? null,
      },
      candidates.filter((p) => !p.binary && !isText(p)).map((p) => p.name),
    ).map((outcome) => outcome.column),
  );
  return {
    layout: 'long',
    date: date?.name ?? null,
    dateReading,
    series: series.map((p) => p.name),
    target: target?.name ?? null,
    // The price is both the listing signal and a demand driver, so it is a covariate as well.
    covariates: covariatesOf(candidates.filter((p) => !outcomes.has(p.name))),
    availability: availability?.name ?? null,
    price: price?.name ?? null,
    ...(Object.keys(stock).length > 0 ? { stock } : {}),
  };
}

function emptyMapping(
  fields: Partial<ColumnMapping> & Pick<ColumnMapping, 'layout' | 'dateReading'>,
): ColumnMapping {
  return { date: null, series: [], target: null, covariates: [], availability: null, price: null, ...fields };
}

function covariatesOf(profiles: readonly ColumnProfile[]): CovariateMapping[] {
  return profiles.map((p) => ({
    column: p.name,
    kind: p.binary ? 'binary' : isText(p) ? 'categorical' : 'numeric',
    ...(namedAsPromotion(p) ? { promotion: true as const } : {}),
  }));
}

/** A name of the retailer's own promotion; "discount_price" is the price (its own role), not one. */
function namedAsPromotion(profile: Pick<ColumnProfile, 'words' | 'compact'>): boolean {
  return named(profile, PROMOTION_WORDS) && !named(profile, PRICE_WORDS);
}

/**
 * A mapping saved before covariates had a promotion role, with the marks a guess would give its
 * covariates by name: a user's remembered mapping keeps its choices and gains the new role.
 */
export function withPromotionsByName(mapping: ColumnMapping): ColumnMapping {
  return {
    ...mapping,
    covariates: mapping.covariates.map((covariate) =>
      namedAsPromotion({ words: nameWords(covariate.column), compact: compactName(covariate.column) })
        ? { ...covariate, promotion: true as const }
        : covariate,
    ),
  };
}

/** A date-named column whose values read as dates, else any column whose values do. */
export function pickDateColumn(profiles: readonly ColumnProfile[]): ColumnProfile | null {
  const readable = profiles.filter((p) => {
    if (!p.dates) return false;
    // Plain numbers read as Excel serials or yyyymmdd only when the name says they are dates.
    const numberLike = !isText(p) && (p.dates.reading === 'excel-serial' || p.kind === 'numeric');
    return !numberLike || named(p, DATE_WORDS);
  });
  return readable.find((p) => named(p, DATE_WORDS)) ?? readable[0] ?? null;
}

/** The sales column by name: the exact name ("sales") before a word of it ("weekly_sales"). */
function pickNamedTarget(numeric: readonly ColumnProfile[]): ColumnProfile | null {
  const candidates = numeric.filter((p) => !named(p, [...PRICE_WORDS, ...COVARIATE_WORDS, ...EVENT_WORDS]));
  // Units before money: with "units" and "revenue" side by side the forecast (and the order
  // quantities after it) should be in units, whichever column comes first.
  const inUnits = candidates.filter((p) => !named(p, MONEY_WORDS));
  for (const pool of [inUnits, candidates]) {
    const found =
      pool.find((p) => TARGET_WORDS.includes(p.compact)) ?? pool.find((p) => named(p, TARGET_WORDS));
    if (found) return found;
  }
  return null;
}

/** Without a sales-named column, the number with the most distinct values is the likeliest sales. */
function mostVaried(numeric: readonly ColumnProfile[]): ColumnProfile | null {
  let best: ColumnProfile | null = null;
  for (const p of numeric) if (!best || p.distinct > best.distinct) best = p;
  return best;
}

/**
 * Key-named columns first, then other candidates added greedily (the one that makes (date, keys)
 * most unique first) until (date, keys) is unique enough. A column with a distinct value on most
 * rows (a transaction id) is never a key. A code column (see isCodeColumn) is taken only when it
 * completes the keys: an identifier makes every row unique, a number that merely varies does not.
 */
function pickKeys(
  table: RawTable,
  date: ColumnProfile,
  candidates: readonly ColumnProfile[],
): ColumnProfile[] {
  const usable = candidates.filter((p) => p.distinct * 2 <= Math.max(2, p.nonEmpty));
  const unique = new KeyUniqueness(table, date.name);
  const uniqueness = (keys: readonly ColumnProfile[]): number => unique.of(keys.map((p) => p.name));
  const keys = usable.filter((p) => named(p, KEY_WORDS));
  // A series id column that alone identifies the series makes its descriptive neighbours redundant.
  const idColumn = keys.find((p) => named(p, ID_WORDS) && uniqueness([p]) >= UNIQUE_ENOUGH);
  if (idColumn && keys.length > 1) return [idColumn];
  let current = uniqueness(keys);
  let rest = usable.filter((p) => !keys.includes(p));
  while (current < UNIQUE_ENOUGH && rest.length > 0) {
    const scored = rest
      .map((p) => ({ p, score: uniqueness([...keys, p]) }))
      .filter(({ p, score }) => isText(p) || score >= UNIQUE_ENOUGH);
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    if (!best || best.score <= current) break;
    keys.push(best.p);
    current = best.score;
    rest = rest.filter((p) => p !== best.p);
  }
  return keys;
}
