import type { Covariate, DataIssue } from './types';

/**
 * The file's content as long columnar rows (one per date × series cell), before sorting and
 * cleaning. Every layout is brought to this shape first.
 */
export interface LongRows {
  length: number;
  /** Key values per series code; series codes are already in display order. */
  seriesKeys: string[][];
  series: Int32Array;
  /** Day number per row; NaN where the date could not be read. */
  day: Float64Array;
  /** Sales per row; NaN where the cell was empty or unreadable. */
  target: Float64Array;
  /** 1 where the sales cell held something that is not a number (so it is not a plan row); null if none. */
  targetUnreadable: Uint8Array | null;
  /** 1-based file line of each row (for messages). */
  line: Int32Array;
  covariates: Covariate[];
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
  const pickF = (source: Float64Array): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = source[keep[i]!]!;
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
    day: pickF(rows.day),
    target: pickF(rows.target),
    line: pickI(rows.line),
    covariates: rows.covariates.map((covariate) => ({ ...covariate, values: pickF(covariate.values) })),
    availability: rows.availability ? pickF(rows.availability) : null,
    targetUnreadable: pickU8(rows.targetUnreadable),
    priceEmpty: pickU8(rows.priceEmpty),
  };
}
