import { useMemo } from 'react';
import { useAppStore } from '../../app/store';
import type { Dataset } from '../../core/dataset/types';
import { planCoverage, planCoverageMessage } from '../../core/forecast/plan-coverage';
import { effectiveHorizon } from './forecast-settings';

/** Says when future covariates (price, promo) are assumed because the file has no plan for them. */
export function PlanNote({ dataset }: { dataset: Dataset }) {
  const settings = useAppStore((state) => state.forecast.settings);
  const horizon = effectiveHorizon(settings, dataset.frequency);
  const message = useMemo(
    () =>
      planCoverageMessage(
        planCoverage(dataset, horizon),
        dataset.covariates.map((covariate) => covariate.name),
      ),
    [dataset, horizon],
  );
  if (message === null) return null;
  return (
    <p role="status" className="note note--status" data-testid="plan-note">
      {message}
    </p>
  );
}
