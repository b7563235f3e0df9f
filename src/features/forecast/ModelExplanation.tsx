import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/format';
import type { DescribedModel } from '../../core/forecast/run-results';
import type { Parameter } from '../../core/forecast/model-form';
import { formatParameter } from './format-metric';
import { slotLabel } from './model-options';
import { formFamily, formText, parameterWords } from './model-form-words';

function ParameterEntry({ parameter }: { parameter: Parameter }) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const words = parameterWords(parameter.name, t, locale);
  return (
    <div className="explanation__parameter">
      <dt>{words.name}</dt>
      <dd className="explanation__value">{formatParameter(parameter.value, locale)}</dd>
      <dd className="explanation__help">{words.help}</dd>
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
        {descriptions.map(({ id, description }) => {
          const family = formFamily(description.form);
          const aicc = description.aicc;
          return (
            <div key={id} className="explanation__model">
              <p>
                <strong>{slotLabel(id, t)}</strong>
                {t('colon')}
                {formText(description.form, t, locale)}
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
                    <ParameterEntry key={i} parameter={parameter} />
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
