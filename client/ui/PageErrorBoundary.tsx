import { Component, type ReactNode } from 'react';
import { LoadErrorPage } from './LoadErrorPage';
import { isChunkLoadError } from './isChunkLoadError';

interface Props {
  /** A new value (the next path) clears the error, so the rest of the app stays usable. */
  resetKey: string;
  children: ReactNode;
}

/** `error` is null while the page renders fine. */
interface State {
  error: unknown;
  resetKey: string;
}

/**
 * Catches what a page throws while rendering, above all its lazily loaded code failing to
 * arrive (a new release, offline), and shows a friendly page with a reload button in the
 * person's language instead of an empty window. The plain router has no errorElement, so this
 * is a boundary of our own around the pages.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <LoadErrorPage kind={isChunkLoadError(this.state.error) ? 'load' : 'page'} />;
  }
}
