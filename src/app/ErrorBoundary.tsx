import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Catches any render error so the page never goes blank, and offers a way back. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Shelfcast stopped on an unexpected error', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    // A class component: the strings come through <Translation>, which re-renders on a language switch.
    return (
      <Translation>
        {(t) => (
          <main className="crash" role="alert">
            <h1>{t('crash.title')}</h1>
            <p>{t('crash.text')}</p>
            <pre className="crash__detail">{error.message}</pre>
            <div className="crash__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => this.setState({ error: null })}
              >
                {t('crash.retry')}
              </button>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                {t('crash.reload')}
              </button>
            </div>
          </main>
        )}
      </Translation>
    );
  }
}
