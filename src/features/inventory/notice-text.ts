/** The engine's notices about one series, in words (the core gives codes and numbers only). */
import type { InventoryNotice } from '../../core/inventory/types';

const percent = (value: number | string | undefined): string => `${Math.round(Number(value) * 1000) / 10}%`;

export function noticeText(notice: InventoryNotice): string {
  const params = notice.params ?? {};
  switch (notice.code) {
    case 'series_too_short':
      return `Only ${params['periods']} periods of history: too short to test a policy, so it orders by the naive rule.`;
    case 'forecast_failed':
      return 'Its forecast model could not be fitted, so it orders by the naive rule.';
    case 'few_forecast_errors':
      return 'Few past forecast errors: the spread of demand comes from its history.';
    case 'fill_rate_target_unmet':
      return `No policy reached the ${percent(params['target'])} fill-rate target; the best reached ${percent(params['achieved'])}.`;
    case 'position_simulated':
      return 'Stock on hand is not in the data: the order assumes the stock the policy would hold now.';
    case 'newsvendor_without_shelf_life':
      return 'Newsvendor without a shelf life: stock is assumed to keep.';
  }
}
