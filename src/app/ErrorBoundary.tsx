import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong</h1>
        <p>
          Shelfcast hit an unexpected problem and stopped this screen. Your data never left this device.
          Reloading the page starts again; files you loaded will need to be loaded again.
        </p>
        <pre className="crash__detail">{error.message}</pre>
        <div className="crash__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => this.setState({ error: null })}
          >
            Try again
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </main>
    );
  }
}
