/**
 * ABC classes by revenue (A: the top items making 80 % of revenue, B: the next 15 %, C: the rest) and
 * XYZ classes by the coefficient of variation of demand per period (X < 0.5, Y < 1, Z ≥ 1). Service
 * targets per ABC class are applied by planInventory.
 */
export type AbcClass = 'A' | 'B' | 'C';
export type XyzClass = 'X' | 'Y' | 'Z';

const A_SHARE = 0.8;
const B_SHARE = 0.95;

/** Classes in input order. The item that crosses a boundary belongs to the class it completes. */
export function classifyAbc(revenue: readonly number[]): AbcClass[] {
  const total = revenue.reduce((sum, value) => sum + Math.max(0, value), 0);
  const order = revenue
    .map((_, i) => i)
    .sort((a, b) => (revenue[b] as number) - (revenue[a] as number) || a - b);
  const classes: AbcClass[] = new Array<AbcClass>(revenue.length).fill('C');
  let before = 0;
  for (const i of order) {
    const share = total > 0 ? before / total : 1;
    classes[i] = share < A_SHARE ? 'A' : share < B_SHARE ? 'B' : 'C';
    before += Math.max(0, revenue[i] as number);
  }
  return classes;
}

/** X, Y or Z by the coefficient of variation of the observed periods; no demand at all is Z. */
export function classifyXyz(demand: Float64Array): XyzClass {
  let count = 0;
  let sum = 0;
  let squares = 0;
  for (const value of demand) {
    if (Number.isNaN(value)) continue;
    count++;
    sum += value;
    squares += value * value;
  }
  const mean = count > 0 ? sum / count : 0;
  if (mean <= 0) return 'Z';
  const cv = Math.sqrt(Math.max(0, squares / count - mean * mean)) / mean;
  return cv < 0.5 ? 'X' : cv < 1 ? 'Y' : 'Z';
}
