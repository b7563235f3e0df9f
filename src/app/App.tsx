import { DataStep } from '../features/data/DataStep';
import { PageFileDrop } from '../features/data/PageFileDrop';
import { ForecastStep } from '../features/forecast/ForecastStep';
import { InventoryStep } from '../features/inventory/InventoryStep';
import { AboutPanel } from './AboutPanel';
import { AppHeader } from './AppHeader';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store';

export function App() {
  const step = useAppStore((state) => state.step);
  const goTo = useAppStore((state) => state.goTo);
  const { t } = useTranslation();
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        {step === 'data' && <DataStep />}
        {step === 'forecast' && <ForecastStep />}
        {step === 'inventory' && <InventoryStep />}
        {step === 'about' && <AboutPanel />}
      </main>
      <footer className="app-footer">{t('footer')}</footer>
      <PageFileDrop onDropped={() => goTo('data')} />
    </div>
  );
}
