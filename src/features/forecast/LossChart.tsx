import { useTranslation } from 'react-i18next';
import type { LossPoint } from './forecast-slice';

const WIDTH = 480;
const HEIGHT = 140;
const PAD = 6;

/** Mean train loss of the first or last `count` steps (what the e2e checks to see the loss fall). */
function meanTrain(points: LossPoint[]): number {
  return points.reduce((sum, point) => sum + point.trainLoss, 0) / Math.max(1, points.length);
}

/** Plain-SVG loss curves: train loss at every step, validation loss at each check. */
export function LossChart({ history }: { history: LossPoint[] }) {
  const { t } = useTranslation('neural');
  const validation = history.filter((point) => point.validationLoss !== undefined);
  const values = [
    ...history.map((point) => point.trainLoss),
    ...validation.map((point) => point.validationLoss as number),
  ].filter(Number.isFinite);
  const lastStep = history.at(-1)?.step ?? 1;
  const low = Math.min(...values, Infinity);
  const high = Math.max(...values, -Infinity);
  const span = high > low ? high - low : 1;
  const x = (step: number): number => PAD + ((WIDTH - 2 * PAD) * step) / Math.max(1, lastStep);
  const y = (loss: number): number => HEIGHT - PAD - ((HEIGHT - 2 * PAD) * (loss - low)) / span;
  const line = (points: [number, number][]): string =>
    points.map(([step, loss]) => `${x(step).toFixed(1)},${y(loss).toFixed(1)}`).join(' ');
  return (
    <figure className="loss-chart">
      <svg
        data-testid="loss-chart"
        data-steps={history.length}
        data-train-start={meanTrain(history.slice(0, 3))}
        data-train-end={meanTrain(history.slice(-3))}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('loss.chart', { count: history.length })}
      >
        <polyline
          className="loss-chart__train"
          points={line(history.map((point) => [point.step, point.trainLoss]))}
        />
        <polyline
          className="loss-chart__validation"
          points={line(validation.map((point) => [point.step, point.validationLoss as number]))}
        />
      </svg>
      <figcaption>
        <span className="loss-chart__key loss-chart__key--train">{t('loss.train')}</span>{' '}
        <span className="loss-chart__key loss-chart__key--validation">{t('loss.validation')}</span>{' '}
        {t('loss.caption')}
      </figcaption>
    </figure>
  );
}
