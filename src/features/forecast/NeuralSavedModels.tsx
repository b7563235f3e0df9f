import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../shared/download';
import { useAppStore } from '../shared/store';
import type { Dataset } from '../../core/dataset/types';
import type { SavedModelInfo } from '../../core/neural/saved-model-info';
import { useLocale } from '../../i18n/format';
import { deleteSavedNetwork, readSavedNetworks } from '../../storage/saved-networks';
import { savedModels } from '../../workers/train-client';
import { startWithSavedModel } from './forecast-controller';
import { globalModelOf } from './neural-settings';
import { savedModelList } from './saved-model-list';
import { slotLabel } from './model-options';
import './neural.css';

type Listing =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; models: SavedModelInfo[] };
type Note = { kind: 'status' | 'alert'; text: string } | null;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The saved networks, newest first, each compared with the data loaded now. */
async function listSavedModels(dataset: Dataset): Promise<SavedModelInfo[]> {
  return savedModelList(await readSavedNetworks(), dataset);
}

/**
 * The saved models, read from IndexedDB on this thread (no tfjs, no worker); re-read when a run
 * saves one.
 */
function useSavedModels(dataset: Dataset): [Listing, () => void] {
  const savedId = useAppStore((state) => state.forecast.run?.neural?.saved?.id ?? null);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    listSavedModels(dataset).then(
      (models) => current && setListing({ state: 'ready', models }),
      (error: unknown) => current && setListing({ state: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [dataset, savedId, generation]);
  return [listing, useCallback(() => setGeneration((n) => n + 1), [])];
}

/**
 * "Saved models" on the Forecast step: every trained network kept in this browser (IndexedDB;
 * the training worker starts only to forecast with, continue, export or import one), with whether it was trained on the data loaded now; forecast with one
 * without training, continue training it, export it to a file, import one, delete one.
 */
export function NeuralSavedModels({ dataset, disabled }: { dataset: Dataset; disabled: boolean }) {
  const { t } = useTranslation('neural');
  const locale = useLocale();
  const [listing, reload] = useSavedModels(dataset);
  const [note, setNote] = useState<Note>(null);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const remove = async (model: SavedModelInfo): Promise<void> => {
    await deleteSavedNetwork(model.id);
    setNote({ kind: 'status', text: t('saved.deleted', { name: model.name }) });
    reload();
  };
  const exportFile = async (model: SavedModelInfo): Promise<void> => {
    const { fileName, text } = await savedModels.exportFile(model.id);
    downloadText(fileName, text, 'application/json');
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const reply = await savedModels.importFile(await file.text(), dataset);
    setNote(
      reply.ok
        ? { kind: 'status', text: t('saved.imported', { name: reply.model.name }) }
        : { kind: 'alert', text: t(`saved.importProblem.${reply.problem}`) },
    );
    if (reply.ok) reload();
  };
  const failing = (action: () => Promise<void>) => (): void => {
    action().catch((error: unknown) =>
      setNote({ kind: 'alert', text: t('saved.failed', { message: messageOf(error) }) }),
    );
  };

  return (
    <section
      className="panel neural-saved"
      data-testid="neural-saved-models"
      aria-labelledby="neural-saved-title"
    >
      <h2 id="neural-saved-title">{t('saved.title')}</h2>
      <p className="panel__hint">{t('saved.intro')}</p>
      {listing.state === 'loading' && <p>{t('saved.loading')}</p>}
      {listing.state === 'failed' && (
        <p role="alert" className="note note--alert">
          {t('saved.failed', { message: listing.message })}
        </p>
      )}
      {listing.state === 'ready' && listing.models.length === 0 && <p>{t('saved.empty')}</p>}
      {listing.state === 'ready' && listing.models.length > 0 && (
        <div className="table-scroll">
          <table className="neural-saved__table">
            <thead>
              <tr>
                <th scope="col">{t('saved.name')}</th>
                <th scope="col">{t('saved.architecture')}</th>
                <th scope="col">{t('saved.date')}</th>
                <th scope="col">{t('saved.horizon')}</th>
                <th scope="col">{t('saved.matches')}</th>
                <th scope="col">{t('saved.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {listing.models.map((model) => {
                const usable = !disabled && model.fitProblem === null;
                const matches = model.matchesData === null ? 'unknown' : model.matchesData ? 'yes' : 'no';
                return (
                  <tr
                    key={model.id}
                    data-testid="neural-saved-model"
                    data-id={model.id}
                    data-matches={matches}
                  >
                    <th scope="row">{model.name}</th>
                    <td>{slotLabel(globalModelOf(model.architecture))}</td>
                    <td>{date.format(new Date(model.savedAt))}</td>
                    <td>{model.horizon}</td>
                    <td>
                      {t(`saved.${matches}`)}
                      {model.fitProblem !== null && (
                        <span className="neural-saved__problem"> {t(`saved.fit.${model.fitProblem}`)}</span>
                      )}
                    </td>
                    <td className="neural-saved__actions">
                      <button
                        type="button"
                        className="button"
                        data-testid="neural-saved-forecast"
                        disabled={!usable}
                        aria-label={t('saved.forecastHelp', { name: model.name })}
                        onClick={() => startWithSavedModel(model, 'forecast')}
                      >
                        {t('saved.forecast')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        data-testid="neural-saved-warm-start"
                        disabled={!usable}
                        aria-label={t('saved.warmStartHelp', { name: model.name })}
                        onClick={() => startWithSavedModel(model, 'warm-start')}
                      >
                        {t('saved.warmStart')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        data-testid="neural-saved-export"
                        aria-label={t('saved.exportHelp', { name: model.name })}
                        onClick={failing(() => exportFile(model))}
                      >
                        {t('saved.export')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        data-testid="neural-saved-delete"
                        disabled={disabled}
                        aria-label={t('saved.deleteHelp', { name: model.name })}
                        onClick={failing(() => remove(model))}
                      >
                        {t('saved.delete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <label className="button neural-saved__import">
        {t('saved.import')}
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          data-testid="neural-saved-import"
          onChange={(event) => failing(() => importFile(event))()}
        />
      </label>
      {note !== null && (
        <p role={note.kind} className={`note note--${note.kind}`}>
          {note.text}
        </p>
      )}
    </section>
  );
}
