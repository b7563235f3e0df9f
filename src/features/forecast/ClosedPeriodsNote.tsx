import { useMemo } from 'react';
import { closedCount } from '../../core/forecast/closed-periods';
import type { ForecastRun } from './forecast-slice';

/** Says how many future periods the plan closed (open = 0, or no price): they are forecast 0. */
export function ClosedPeriodsNote({ run }: { run: ForecastRun }) {
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
      {closed.periods.toLocaleString('en-US')} future period{closed.periods === 1 ? '' : 's'} in{' '}
      {closed.series.toLocaleString('en-US')} series {closed.periods === 1 ? 'is' : 'are'} closed in your plan
      (open = 0, or no price): {closed.periods === 1 ? 'it is' : 'they are'} forecast 0, with no band.
    </p>
  );
}
