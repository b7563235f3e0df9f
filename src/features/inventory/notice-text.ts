/** The engine's notices about one series, in words (the core gives codes and numbers only). */
import type { TFunction } from 'i18next';
import type { InventoryNotice } from '../../core/inventory/types';
import type { InventoryFormat } from './format';

export function noticeText(
  notice: InventoryNotice,
  t: TFunction<'inventory'>,
  format: InventoryFormat,
): string {
  const params = notice.params ?? {};
  const share = (key: string): string => format.share(Number(params[key]));
  switch (notice.code) {
    case 'series_too_short':
      return t('notices.series_too_short', { count: Number(params['periods']) });
    case 'fill_rate_target_unmet':
      return t('notices.fill_rate_target_unmet', { target: share('target'), achieved: share('achieved') });
    case 'forecast_failed':
    case 'few_forecast_errors':
    case 'position_simulated':
    case 'newsvendor_without_shelf_life':
      return t(`notices.${notice.code}`);
  }
}
