import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DataStep } from '../features/data/DataStep';
import { PageFileDrop } from '../features/data/PageFileDrop';
import { ForecastStep } from '../features/forecast/ForecastStep';
import { InventoryStep } from '../features/inventory/InventoryStep';
import { AboutPanel } from './AboutPanel';
import { AppHeader } from './AppHeader';
import { focusStepHeading } from './step-focus';
import { useAppStore } from './store';

export function App() {
  const step = useAppStore((state) => state.step);
  const goTo = useAppStore((state) => state.goTo);
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    // Not on the first render: a page that just opened keeps the browser's own starting point.
    if (shownStep.current === step) return;
    shownStep.current = step;
    focusStepHeading(main.current);
  }, [step]);
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main" ref={main}>
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
