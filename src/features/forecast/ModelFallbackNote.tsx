import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';

/**
 * Says that a model setting named a model this version does not have and Auto is selected instead
 * (forecast-settings.ts: settleModel), so the model select and the store never disagree silently.
 */
export function ModelFallbackNote() {
  const { t } = useTranslation('engine');
  const requested = useAppStore((state) => state.forecast.modelFallbackFrom);
  if (requested === null) return null;
  return (
    <p role="status" className="note note--status" data-testid="model-fallback-note">
      {t('modelFallback', { model: requested })}
    </p>
  );
}
