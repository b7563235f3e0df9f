// The synthetic daily item-level sample (public/samples/retail-synthetic-daily.csv): a store × item
// grid shaped like real shop sales, so every step of the app has something realistic to chew on
// without shipping anyone's real data. All randomness comes from the seed.
import { mulberry32, negativeBinomial } from './prng.mjs';

const DAY_MS = 86_400_000;

/** Monday … Sunday demand relative to an average day: weekend peak, quiet early week. */
const WEEKDAY_SHAPE = [0.85, 0.8, 0.85, 0.95, 1.15, 1.35, 1.05];

/** Days the shops are shut (month-day): sales 0 and open = 0. */
const CLOSED_DAYS = new Set(['12-25', '01-01']);

/**
 * @typedef {object} SyntheticOptions
 * @property {number} seed
 * @property {string} firstDate ISO date of the first history day
 * @property {number} historyDays days with sales
 * @property {number} planDays days after the history carrying price and promo but no sales
 * @property {number} storeCount
 * @property {number} itemCount
 */

/** @type {SyntheticOptions} */
export const DEFAULT_SYNTHETIC_OPTIONS = {
  seed: 20261125,
  firstDate: '2024-01-01',
  historyDays: 731,
  planDays: 28,
  storeCount: 2,
  itemCount: 20,
};

export const SYNTHETIC_HEADER = 'date,store,item,sales,price,promo,open';

/**
 * Everything that stays the same for an item in every store: how fast it sells, its price and its
 * promotion calendar (promotions are planned chain-wide).
 * @param {() => number} random
 * @param {number} index
 * @param {number} totalDays
 */
function makeItem(random, index, totalDays) {
  // Roughly two in five items are slow movers: a few units a week, mostly zero days.
  const slow = index % 5 === 1 || index % 5 === 3;
  const baseMean = slow ? 0.15 + random() * 1.2 : 6 + random() ** 2 * 55;
  const basePrice = Math.round((0.99 + random() * 12) * 100) / 100;
  // Two items are listed part-way through the history: before that there is no price and no sales.
  const listedFrom = index === 7 ? 250 : index === 16 ? 480 : 0;
  const promo = new Uint8Array(totalDays);
  const promoDiscount = 0.15 + random() * 0.15;
  for (let day = listedFrom + 14; day < totalDays - 7; day += 35 + Math.floor(random() * 40)) {
    const length = random() < 0.5 ? 7 : 14;
    promo.fill(1, day, Math.min(totalDays, day + length));
  }
  return {
    id: `ITEM_${String(index + 1).padStart(2, '0')}`,
    slow,
    baseMean,
    // Negative binomial dispersion: small for slow movers (bursty), large (near Poisson) for fast ones.
    dispersion: slow ? 0.4 + random() * 0.6 : 8 + random() * 20,
    basePrice,
    // A single permanent shelf-price rise somewhere in the second year.
    priceRiseDay: 400 + Math.floor(random() * 200),
    priceRise: 1 + random() * 0.08,
    promo,
    promoDiscount,
    elasticity: 1.2 + random() * 1.8,
    yearlyAmplitude: random() * 0.35,
    yearlyPhase: random() * 2 * Math.PI,
    yearlyTrend: -0.1 + random() * 0.35,
    weekdayWobble: WEEKDAY_SHAPE.map((factor) => factor * (0.93 + random() * 0.14)),
    listedFrom,
  };
}

/** @param {number} price */
function formatPrice(price) {
  return price.toFixed(2);
}

/**
 * Builds the whole CSV (header, then rows sorted by store, item, date; LF line ends).
 * @param {Partial<SyntheticOptions>} [overrides]
 * @returns {string}
 */
export function generateSyntheticRetail(overrides = {}) {
  const options = { ...DEFAULT_SYNTHETIC_OPTIONS, ...overrides };
  const random = mulberry32(options.seed);
  const totalDays = options.historyDays + options.planDays;
  const firstMs = Date.parse(`${options.firstDate}T00:00:00Z`);
  const dates = Array.from({ length: totalDays }, (_, day) =>
    new Date(firstMs + day * DAY_MS).toISOString().slice(0, 10),
  );
  const items = Array.from({ length: options.itemCount }, (_, index) => makeItem(random, index, totalDays));
  const storeScale = Array.from({ length: options.storeCount }, (_, store) =>
    store === 0 ? 1 : 0.55 + random() * 0.3,
  );

  const lines = [SYNTHETIC_HEADER];
  for (let store = 0; store < options.storeCount; store += 1) {
    const storeId = `STORE_${store + 1}`;
    const scale = storeScale[store] ?? 1;
    for (const item of items) {
      for (let day = 0; day < totalDays; day += 1) {
        const date = dates[day] ?? '';
        const open = CLOSED_DAYS.has(date.slice(5)) ? 0 : 1;
        const listed = day >= item.listedFrom;
        const onPromo = listed && item.promo[day] === 1 ? 1 : 0;
        const shelfPrice = item.basePrice * (day >= item.priceRiseDay ? item.priceRise : 1);
        const price = onPromo ? shelfPrice * (1 - item.promoDiscount) : shelfPrice;
        const inHistory = day < options.historyDays;
        let salesCell = '';
        if (inHistory) {
          let sales = 0;
          if (listed && open) {
            const weekday = (new Date(firstMs + day * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
            const yearAngle = (2 * Math.PI * day) / 365.25 + item.yearlyPhase;
            const mean =
              item.baseMean *
              scale *
              (item.weekdayWobble[weekday] ?? 1) *
              (1 + item.yearlyAmplitude * Math.sin(yearAngle)) *
              (1 + (item.yearlyTrend * day) / 365.25) *
              // Price elasticity: relative to the regular price, so a cut lifts and a rise dampens.
              (price / item.basePrice) ** -item.elasticity *
              // Promotions also get display space and flyers, beyond the price cut itself.
              (onPromo ? 1.25 : 1);
            sales = negativeBinomial(random, mean, item.dispersion);
          }
          salesCell = String(sales);
        }
        const priceCell = listed ? formatPrice(price) : '';
        lines.push(`${date},${storeId},${item.id},${salesCell},${priceCell},${onPromo},${open}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
