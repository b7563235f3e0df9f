import type { DataIssue } from './types';
import { valueAt, type RowCovariate, type RowValues } from './row-values';

/**
 * The file's content as long columnar rows (one per date × series cell), before sorting and
 * cleaning. Every layout is brought to this shape first.
 */
export interface LongRows {
  length: number;
  /** Key values per series code; series codes are already in display order. */
  seriesKeys: string[][];
  series: Int32Array;
  /** Day number per row; NaN where the date could not be read. Coded for a dictionary column. */
  day: RowValues;
  /** Sales per row; NaN where the cell was empty or unreadable. Coded for a dictionary column. */
  target: RowValues;
  /** 1 where the sales cell held something that is not a number (so it is not a plan row); null if none. */
  targetUnreadable: Uint8Array | null;
  /** 1-based file line of each row (for messages). */
  line: Int32Array;
  /** Per-row covariates; a dictionary column's stay coded until they are laid on the grid. */
  covariates: RowCovariate[];
  /** 0 where the period could not sell (closed); NaN / 1 otherwise. */
  availability: Float64Array | null;
  /** 1 where the price cell is empty (item not listed). */
  priceEmpty: Uint8Array | null;
  /** Problems met while reading the cells. */
  issues: DataIssue[];
}

/** Copies the rows listed in `keep` (ascending) into new, shorter arrays. */
export function selectRows(rows: LongRows, keep: Int32Array): LongRows {
  const n = keep.length;
  const pickValues = (source: RowValues): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = valueAt(source, keep[i]!);
    return out;
  };
  const pickI = (source: Int32Array): Int32Array => {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = source[keep[i]!]!;
    return out;
  };
  const pickU8 = (source: Uint8Array | null): Uint8Array | null => {
    if (!source) return null;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = source[keep[i]!]!;
    return out;
  };
  return {
    ...rows,
    length: n,
    series: pickI(rows.series),
    day: pickValues(rows.day),
    target: pickValues(rows.target),
    line: pickI(rows.line),
    covariates: rows.covariates.map((covariate) => ({ ...covariate, values: pickValues(covariate.values) })),
    availability: rows.availability ? pickValues(rows.availability) : null,
    targetUnreadable: pickU8(rows.targetUnreadable),
    priceEmpty: pickU8(rows.priceEmpty),
  };
}
