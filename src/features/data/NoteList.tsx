import { useAppStore } from '../../app/store';

/** Messages about the last load or mapping change: failures as alerts, routine notes as status. */
export function NoteList() {
  const notes = useAppStore((state) => state.data.notes);
  if (notes.length === 0) return null;
  return (
    <div className="notes">
      {notes.map((note) => (
        <p
          key={note.message}
          role={note.severity === 'alert' ? 'alert' : 'status'}
          className={`note note--${note.severity}`}
        >
          {note.message}
        </p>
      ))}
    </div>
  );
}
