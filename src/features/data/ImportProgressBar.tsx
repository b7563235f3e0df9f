import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../shared/ProgressBar';
import { useAppStore } from '../shared/store';
import { useLocale } from '../../i18n/format';
import { cancelImport } from './import-controller';
import { formatCount, formatKiloBytes } from './format';

export function ImportProgressBar() {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const importing = useAppStore((state) => state.data.importing);
  if (!importing) return null;
  const { fileName, bytes, totalBytes, rows, cancelling } = importing;
  const percent = totalBytes > 0 ? Math.round((bytes / totalBytes) * 100) : 0;
  const size = (value: number) =>
    formatKiloBytes(locale, value) ?? t('bytes', { value: formatCount(locale, value) });
  return (
    <section className="panel import-progress" aria-label={t('progress.label', { file: fileName })}>
      <div className="import-progress__text">
        <strong>{cancelling ? t('progress.cancelling') : t('progress.reading', { file: fileName })}</strong>
        <span>{t('progress.amount', { read: size(bytes), total: size(totalBytes), count: rows })}</span>
      </div>
      <ProgressBar
        value={percent}
        max={100}
        valueText={t('progress.valueText', { percent, count: rows })}
        testId="import-progress"
      />
      <button
        type="button"
        className="button button--quiet"
        data-testid="cancel-import"
        disabled={cancelling}
        onClick={cancelImport}
      >
        {t('progress.cancel')}
      </button>
    </section>
  );
}
