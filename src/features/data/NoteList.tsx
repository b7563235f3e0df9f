import { useTranslation } from 'react-i18next';
import { useAppStore } from '../shared/store';
import { noteSeverity, noteText } from './load-messages';

/** Messages about the last load or mapping change: failures as alerts, routine notes as status. */
export function NoteList() {
  const { t } = useTranslation('data');
  const notes = useAppStore((state) => state.data.notes);
  if (notes.length === 0) return null;
  return (
    <div className="notes">
      {notes.map((note, index) => {
        const severity = noteSeverity(note);
        return (
          // A load replaces the whole list: a note's position is its identity.
          <p
            key={index}
            role={severity === 'alert' ? 'alert' : 'status'}
            className={`note note--${severity}`}
          >
            {noteText(t, note)}
          </p>
        );
      })}
    </div>
  );
}
