/** Numbers as the inventory page writes them (English, grouped thousands). */
const units = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatUnits = (value: number): string => units.format(value);
export const formatMoney = (value: number): string => money.format(value);
/** A share (0–1) as a percentage with one decimal. */
export const formatShare = (share: number): string => `${units.format(share * 100)}%`;
/** A difference of shares in percentage points, signed. */
export const formatPoints = (delta: number): string =>
  `${delta >= 0 ? '+' : '−'}${units.format(Math.abs(delta) * 100)} points`;
