import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import type { Dataset } from '../../core/dataset/types';
import { planCoverage, planCoverageNotice } from '../../core/forecast/plan-coverage';
import { numberFormat } from '../../i18n/format';
import { effectiveHorizon } from './forecast-settings';

/** Says when future covariates (price, promo) are assumed because the file has no plan for them. */
export function PlanNote({ dataset }: { dataset: Dataset }) {
  const { t, i18n } = useTranslation('forecast');
  const settings = useAppStore((state) => state.forecast.settings);
  const horizon = effectiveHorizon(settings, dataset.frequency);
  const notice = useMemo(
    () =>
      planCoverageNotice(
        planCoverage(dataset, horizon),
        dataset.covariates.map((covariate) => covariate.name),
      ),
    [dataset, horizon],
  );
  if (notice === null) return null;
  const { series, examples, covariates } = notice.params;
  const separator = t('listSeparator');
  return (
    <p role="status" className="note note--status" data-testid="plan-note">
      {t('plan.carriedForward', {
        count: series,
        series: numberFormat(i18n.language).format(series),
        examples: examples.join(separator),
        covariates: covariates.join(separator),
      })}
    </p>
  );
}
