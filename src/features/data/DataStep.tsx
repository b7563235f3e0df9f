import { useEffect, useRef } from 'react';
import { useAppStore } from '../shared/store';
import { AmbiguousDateNotice } from './AmbiguousDateNotice';
import { DatasetSummaryCard } from './DatasetSummaryCard';
import { GettingStarted } from './GettingStarted';
import { HistoryChart } from './HistoryChart';
import { ImportProgressBar } from './ImportProgressBar';
import { IssueList } from './IssueList';
import { LoadPanel } from './LoadPanel';
import { MappingPanel } from './MappingPanel';
import { mapPending, remap } from './import-controller';
import { NoteList } from './NoteList';
import { SeriesPicker } from './SeriesPicker';
import { SheetPicker } from './SheetPicker';
import './data-step.css';

/** The Data step: load a file, see what was read, correct the mapping, look at the series. */
export function DataStep() {
  const loaded = useAppStore((state) => state.data.loaded);
  const deriving = useAppStore((state) => state.data.deriving);
  const importing = useAppStore((state) => state.data.importing !== null);
  const revision = useAppStore((state) => state.data.revision);
  const pending = useAppStore((state) => state.data.pending);
  const loads = useAppStore((state) => state.data.loads);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  // Loads seen when this step was opened: only a load that finishes while it is open moves focus.
  const seenLoads = useRef(loads);
  useEffect(() => {
    if (loads === seenLoads.current) return;
    seenLoads.current = loads;
    // After a load, focus goes to what was loaded; the Next button is the next tab stop.
    summaryHeading.current?.focus();
  }, [loads]);
  return (
    <div className="data-step">
      <LoadPanel compact={loaded !== null} />
      <ImportProgressBar />
      <NoteList />
      {pending && (
        <MappingPanel
          key={`pending-${revision}`}
          source={pending}
          busy={deriving}
          onApply={mapPending}
          waitingFile={pending.fileName}
        />
      )}
      {!loaded && !importing && !pending && <GettingStarted />}
      {loaded && (
        <div className="data-step__workspace">
          <div className="data-step__side">
            <DatasetSummaryCard summary={loaded.summary} headingRef={summaryHeading} />
            <SheetPicker loaded={loaded} />
            <AmbiguousDateNotice loaded={loaded} />
            <IssueList issues={loaded.issues} severity="alert" />
            <SeriesPicker key={loaded.signature + loaded.dataset.seriesIds.length} loaded={loaded} />
            <IssueList issues={loaded.issues} severity="status" />
          </div>
          <div className="data-step__main">
            <HistoryChart loaded={loaded} />
            {/* One mapping at a time: while a new file waits for its columns, the form is that file's. */}
            {!pending && <MappingPanel key={revision} source={loaded} busy={deriving} onApply={remap} />}
          </div>
        </div>
      )}
    </div>
  );
}
