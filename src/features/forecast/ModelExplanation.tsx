import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/format';
import type { DescribedModel } from '../../core/forecast/run-results';
import { formatParameter } from './format-metric';
import { formFamily, parameterTerm } from './parameter-terms';

type Parameter = { name: string; value: number };

function ParameterEntry({ parameter }: { parameter: Parameter }) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const term = parameterTerm(parameter.name);
  const words =
    term === null
      ? null
      : 'n' in term
        ? {
            name: t(`explanation.parameters.${term.term}.name`, { n: term.n }),
            help: t(`explanation.parameters.${term.term}.help`, { n: term.n }),
          }
        : {
            name: t(`explanation.parameters.${term.term}.name`),
            help: t(`explanation.parameters.${term.term}.help`),
          };
  return (
    <div className="explanation__parameter">
      <dt>{words?.name ?? parameter.name}</dt>
      <dd className="explanation__value">{formatParameter(parameter.value, locale)}</dd>
      {words !== null && <dd className="explanation__help">{words.help}</dd>}
    </div>
  );
}

/**
 * "What drove the forecast": the fitted model's form and its parameters or coefficients (the run
 * keeps them with the series' result), each explained in one line, behind a Details disclosure.
 */
export function ModelExplanation({ descriptions }: { descriptions: readonly DescribedModel[] }) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  if (descriptions.length === 0) return null;
  return (
    <details className="explanation">
      <summary>{t('explanation.title')}</summary>
      <div className="explanation__models">
        {descriptions.map(({ label, description }) => {
          const family = formFamily(description.form);
          const aicc = description.aicc;
          return (
            <div key={label} className="explanation__model">
              <p>
                <strong>{label}</strong>
                {t('colon')}
                {description.form}
                {aicc !== undefined && Number.isFinite(aicc) && (
                  <span className="explanation__aicc">
                    {' · '}
                    {t('explanation.aicc', { value: formatParameter(aicc, locale) })}
                  </span>
                )}
              </p>
              {family !== null && (
                <p className="explanation__help">
                  {t(family === 'ets' ? 'explanation.etsForm' : 'explanation.arimaForm')}
                </p>
              )}
              {aicc !== undefined && Number.isFinite(aicc) && (
                <p className="explanation__help">{t('explanation.aiccHelp')}</p>
              )}
              {description.parameters.length > 0 && (
                <dl className="explanation__parameters">
                  {description.parameters.map((parameter, i) => (
                    <ParameterEntry key={`${parameter.name}-${i}`} parameter={parameter} />
                  ))}
                </dl>
              )}
            </div>
          );
        })}
      </div>
    </details>
  );
}
