import { useTranslation } from 'react-i18next';
import type { OutcomeColumn } from '../../core/dataset/outcome-columns';
import type { ColumnMapping, CovariateKind } from '../../core/dataset/types';
import { numberFormat, useLocale } from '../../i18n/format';
import {
  covariateCandidates,
  setCovariateKind,
  setCovariatePromotion,
  toggleCovariate,
} from './mapping-edits';

const KINDS: readonly CovariateKind[] = ['numeric', 'binary', 'categorical'];

interface Props {
  header: string[];
  mapping: ColumnMapping;
  /** Columns that move with the sales and have no plan values: each gets a line saying so. */
  outcomes: readonly OutcomeColumn[];
  onChange(mapping: ColumnMapping): void;
}

/** Columns that may help explain sales (price, promotion, events), each with how to read it. */
export function CovariatePicker({ header, mapping, outcomes, onChange }: Props) {
  const { t } = useTranslation('data');
  const correlation = numberFormat(useLocale(), { maximumFractionDigits: 2 });
  const candidates = covariateCandidates(header, mapping);
  if (candidates.length === 0) return null;
  const mapped = new Map(mapping.covariates.map((covariate) => [covariate.column, covariate]));
  return (
    <fieldset className="covariates">
      <legend>{t('covariates.legend')}</legend>
      <p className="field__help">{t('covariates.promotionHelp')}</p>
      <ul className="covariates__list">
        {candidates.map((column) => {
          const kind = mapped.get(column)?.kind;
          const outcome = outcomes.find((candidate) => candidate.column === column);
          return (
            <li key={column} className="covariates__item">
              <label className="check">
                <input
                  type="checkbox"
                  data-testid={`covariate-${column}`}
                  checked={kind !== undefined}
                  onChange={(event) =>
                    onChange(toggleCovariate(mapping, column, event.target.checked, kind ?? 'numeric'))
                  }
                />
                <span>{column}</span>
              </label>
              <select
                aria-label={t('covariates.howToRead', { column })}
                value={kind ?? 'numeric'}
                disabled={kind === undefined}
                onChange={(event) =>
                  onChange(setCovariateKind(mapping, column, event.target.value as CovariateKind))
                }
              >
                {KINDS.map((option) => (
                  <option key={option} value={option}>
                    {t(`covariates.kinds.${option}`)}
                  </option>
                ))}
              </select>
              <label className="check">
                <input
                  type="checkbox"
                  data-testid={`covariate-promotion-${column}`}
                  aria-label={t('covariates.promotionOf', { column })}
                  checked={mapped.get(column)?.promotion === true}
                  disabled={kind === undefined}
                  onChange={(event) => onChange(setCovariatePromotion(mapping, column, event.target.checked))}
                />
                <span>{t('covariates.promotion')}</span>
              </label>
              {outcome && (
                <span className="field__help covariates__note" data-testid={`covariate-outcome-${column}`}>
                  {t('covariates.outcome', { correlation: correlation.format(outcome.correlation) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
