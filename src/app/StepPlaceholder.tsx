import { useAppStore } from './store';

interface Props {
  title: string;
  /** What the step will do, shown while it is not available yet. */
  purpose: string;
}

/** Stands in for a step that needs data first, or that is not part of this version yet. */
export function StepPlaceholder({ title, purpose }: Props) {
  const hasData = useAppStore((state) => state.data.loaded !== null);
  const goTo = useAppStore((state) => state.goTo);
  return (
    <section className="panel placeholder" aria-labelledby="placeholder-title">
      <h1 id="placeholder-title">{title}</h1>
      <p>{purpose}</p>
      {hasData ? (
        <p className="placeholder__hint">
          This step is coming next in Shelfcast. Your data stays loaded meanwhile.
        </p>
      ) : (
        <>
          <p className="placeholder__hint">Load data first: open a sales file or try the sample data.</p>
          <button type="button" className="button button--primary" onClick={() => goTo('data')}>
            Go to Data
          </button>
        </>
      )}
    </section>
  );
}
