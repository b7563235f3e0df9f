import type { Dataset, RawTable } from '../core/dataset/types';
import type { SeriesStats, TotalHistory } from './protocol';

/** The buffers behind a RawTable: they must stay in the worker for later remaps. */
export function tableBuffers(table: RawTable): Set<ArrayBufferLike> {
  const buffers = new Set<ArrayBufferLike>([table.lineOfRow.buffer]);
  for (const column of table.columns) {
    buffers.add(column.kind === 'dict' ? column.codes.buffer : column.values.buffer);
  }
  return buffers;
}

/**
 * The buffers of a derived result to hand over without copying. A buffer the RawTable still uses
 * (core may reuse a column as a covariate) is left out, so it is copied instead of detached.
 */
export function resultTransferables(
  dataset: Dataset,
  stats: SeriesStats,
  total: TotalHistory,
  keep: Set<ArrayBufferLike>,
): ArrayBuffer[] {
  const views: ArrayBufferView[] = [
    dataset.seriesStart,
    dataset.historyEnd,
    dataset.dates,
    dataset.target,
    dataset.rowState,
    dataset.outlier,
    ...dataset.covariates.map((covariate) => covariate.values),
    stats.totals,
    stats.zeroShares,
    stats.byTotal,
    stats.byZeroShare,
    stats.byId,
    total.dates,
    total.values,
  ];
  const transfer = new Set<ArrayBuffer>();
  for (const view of views) {
    if (view.buffer instanceof ArrayBuffer && !keep.has(view.buffer)) transfer.add(view.buffer);
  }
  return [...transfer];
}
