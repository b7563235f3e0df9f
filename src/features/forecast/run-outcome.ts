/**
 * What a run came to, for the progress line and the result headline: a run that ends with nothing
 * forecast is a warning, never a green "Finished".
 */
import type { RunStatus } from './forecast-slice';

export type RunOutcome =
  | { kind: 'running' }
  /** Every series was forecast. */
  | { kind: 'complete'; forecast: number }
  /** Some series were forecast, some left out (listed with why). */
  | { kind: 'partial'; forecast: number; left: number }
  /** The run ended and no series could be forecast. */
  | { kind: 'nothing'; left: number }
  | { kind: 'cancelled'; forecast: number }
  | { kind: 'failed' };

export function runOutcome(status: RunStatus, forecast: number, seriesCount: number): RunOutcome {
  switch (status) {
    case 'running':
      return { kind: 'running' };
    case 'cancelled':
      return { kind: 'cancelled', forecast };
    case 'failed':
      return { kind: 'failed' };
    case 'done':
      if (forecast === 0) return { kind: 'nothing', left: seriesCount };
      return forecast >= seriesCount
        ? { kind: 'complete', forecast }
        : { kind: 'partial', forecast, left: seriesCount - forecast };
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}
