import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PanelErrorBoundaryProps {
  /** Name of the panel, used in the message shown in its place. */
  panelName: string;
  children: ReactNode;
}

interface PanelErrorBoundaryState {
  error: Error | null;
}

/** Shows a message in place of a panel that failed to render, so the rest of the page keeps working. */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  state: PanelErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): PanelErrorBoundaryState {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.panelName}] panel failed to render`, error, info.componentStack);
  }

  private retry = () => this.setState({ error: null });

  render() {
    if (!this.state.error) return this.props.children;

    return (
      <div role="alert" className="panel panel-error">
        <p>
          The {this.props.panelName} panel could not be shown: {this.state.error.message}
        </p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
