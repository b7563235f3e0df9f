/** Small published series with known results, for the models' tests. */

/** Saudi Arabian oil production 1996–2013 (Mt), fpp2's `oildata` (Hyndman & Athanasopoulos, FPP 2nd ed., §7.1). */
export const OIL_1996_2013 = [
  445.36, 453.2, 454.41, 422.38, 456.04, 440.39, 425.19, 486.21, 500.43, 521.28, 508.95, 488.89, 509.87,
  456.72, 473.82, 525.95, 549.83, 542.34,
];

/** Box & Jenkins' monthly airline passengers (thousands), Jan 1949 – Dec 1960: R's `AirPassengers`. */
export const AIR_PASSENGERS = [
  112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158,
  133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183, 218,
  230, 242, 209, 191, 172, 194, 196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235,
  227, 234, 264, 302, 293, 259, 229, 203, 229, 242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278,
  284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306, 315, 301, 356, 348, 355, 422, 465, 467, 404,
  347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337, 360, 342, 406, 396, 420, 472,
  548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432,
];

/** Mean absolute percentage error of a forecast against actuals. */
export function meanAbsolutePercentageError(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] ?? 0;
    sum += Math.abs(a - (forecast[i] ?? 0)) / Math.abs(a);
  }
  return sum / actual.length;
}
