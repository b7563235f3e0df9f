import { useAppStore } from '../../app/store';
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
            <DatasetSummaryCard summary={loaded.summary} />
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
