import { useTranslation } from 'react-i18next';
import type { InputImportance } from '../../core/neural/importance';
import { numberFormat, useLocale } from '../../i18n/format';
import { inputGroupText } from './neural-words';

/**
 * Permutation importance as a bar chart that is also its own table: each row names the input
 * group, draws its bar (decoration) and states the number, so screen readers and the eye read the
 * same facts. Largest first.
 */
export function NeuralImportanceChart({ importance }: { importance: InputImportance[] }) {
  const { t } = useTranslation('neural');
  const locale = useLocale();
  const format = numberFormat(locale, { maximumSignificantDigits: 3 });
  const groupName = (key: string): string => inputGroupText(key, t);
  const rows = [...importance].sort((a, b) => b.lossIncrease - a.lossIncrease);
  const largest = Math.max(...rows.map((row) => Math.abs(row.lossIncrease)), Number.MIN_VALUE);
  return (
    <section
      className="neural-importance"
      data-testid="neural-importance"
      aria-labelledby="neural-importance-title"
    >
      <h3 id="neural-importance-title">{t('importance.title')}</h3>
      <p className="panel__hint">{t('importance.intro')}</p>
      {rows.length === 0 ? (
        <p role="status" className="note note--status">
          {t('importance.none')}
        </p>
      ) : (
        <table className="neural-importance__table">
          <thead>
            <tr>
              <th scope="col">{t('importance.group')}</th>
              <th scope="col">{t('importance.increase')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-group={row.key}>
                <th scope="row">{groupName(row.key)}</th>
                <td>
                  <span className="neural-importance__cell">
                    <span
                      className={`neural-importance__bar${row.lossIncrease < 0 ? ' neural-importance__bar--negative' : ''}`}
                      style={{ width: `${Math.round((100 * Math.max(0, row.lossIncrease)) / largest)}%` }}
                      aria-hidden="true"
                    />
                    <span className="neural-importance__value">{format.format(row.lossIncrease)}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
