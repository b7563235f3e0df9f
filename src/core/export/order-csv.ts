/**
 * The order export: `series_id,order_date,quantity,reorder_point,order_up_to,policy`, one row per
 * series (also those too short to forecast, which order by the naive rule). (s, S) gives s and S;
 * (s, Q) gives s and s + Q; the order-up-to policies leave the reorder point empty and give S.
 */
import { formatIsoDate } from '../dataset/calendar';
import type { OrderLine } from '../inventory/order-line';
import { writeCsv, type CsvCell } from './csv';

export const ORDER_CSV_HEADER = [
  'series_id',
  'order_date',
  'quantity',
  'reorder_point',
  'order_up_to',
  'policy',
];

/** Levels rounded for the file, as the forecast export rounds its numbers. */
const round = (value: number): number => Math.round(value * 1e4) / 1e4;

function* orderRows(lines: readonly OrderLine[]): Generator<CsvCell[]> {
  for (const line of lines) {
    yield [
      line.seriesId,
      formatIsoDate(line.orderDate),
      line.quantity,
      line.reorderPoint === null ? null : round(line.reorderPoint),
      round(line.orderUpTo),
      line.policy,
    ];
  }
}

export function writeOrderCsv(lines: readonly OrderLine[]): string {
  return writeCsv(ORDER_CSV_HEADER, orderRows(lines));
}
