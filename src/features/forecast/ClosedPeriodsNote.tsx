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
    for (const summary of results.summaries) {
      const count = closedCount(summary?.future?.closed, settings.horizon);
      periods += count;
      if (count > 0) series++;
    }
    return { periods, series };
    // The results fill in place; `run` is a new object at each refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run]);
  if (closed.periods === 0) return null;
  return (
    <p role="status" className="note note--status" data-testid="closed-periods-note">
      {t('closed.note', { count: closed.periods, series: numberFormat(locale).format(closed.series) })}
    </p>
  );
}
