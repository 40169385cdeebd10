import { Component, type ErrorInfo, type ReactNode } from 'react';

interface RootErrorBoundaryProps {
  /** Deletes the datasets saved in this browser, for when saved data keeps the page from starting. */
  resetSavedData: () => Promise<void>;
  children: ReactNode;
}

interface RootErrorBoundaryState {
  error: Error | null;
  resetFailed: boolean;
}

/** The last line of defence: in place of a blank page, it says what failed and offers a reload or a reset. */
export class RootErrorBoundary extends Component<RootErrorBoundaryProps, RootErrorBoundaryState> {
  state: RootErrorBoundaryState = { error: null, resetFailed: false };

  static getDerivedStateFromError(error: Error): Partial<RootErrorBoundaryState> {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[app] Pubscope stopped because of an error', error, info.componentStack);
  }

  private reload = () => window.location.reload();

  private resetAndReload = () => {
    this.props
      .resetSavedData()
      .then(this.reload)
      .catch(() => this.setState({ resetFailed: true }));
  };

  render() {
    const { error, resetFailed } = this.state;
    if (!error) return this.props.children;

    return (
      <main className="app-main">
        <section className="panel" role="alert">
          <h1>Pubscope stopped because of an error</h1>
          <p>{error.message}</p>
          <p>Reload the page to try again. If the error comes back, deleting the datasets saved in this browser may help.</p>
          <button type="button" onClick={this.reload}>
            Reload
          </button>{' '}
          <button type="button" onClick={this.resetAndReload}>
            Delete saved datasets and reload
          </button>
          {resetFailed && <p>The saved datasets could not be deleted. Clear this site's data in the browser settings.</p>}
        </section>
      </main>
    );
  }
}
