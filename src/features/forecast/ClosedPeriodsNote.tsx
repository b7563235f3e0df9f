import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat, useLocale } from '../../i18n/format';
import { closedCount } from '../../core/forecast/closed-periods';
import type { ForecastRun } from './forecast-slice';

/** Says how many future periods the plan closed (open = 0, or no price): they are forecast 0. */
export function ClosedPeriodsNote({ run }: { run: ForecastRun }) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const { results, settings } = run;
  const closed = useMemo(() => {
    let periods = 0;
    let series = 0;
    for (const result of results.series.values()) {
      const count = closedCount(result.future?.closed, settings.horizon);
      periods += count;
      if (count > 0) series++;
    }
    return { periods, series };
  }, [results, settings.horizon]);
  if (closed.periods === 0) return null;
  return (
    <p role="status" className="note note--status" data-testid="closed-periods-note">
      {t('closed.note', { count: closed.periods, series: numberFormat(locale).format(closed.series) })}
    </p>
  );
}
