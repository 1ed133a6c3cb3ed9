import { useCallback, useEffect, useState } from 'react';
import { useAuth } from '../auth/authContext';
import { ApiError } from './request';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T }
  /** The server said no: 403 (no access), 404 (nothing there), or another error code. */
  | { state: 'refused'; status: number; code: string }
  /** The server could not be asked (offline) or answered something unexpected. */
  | { state: 'failed' };

/**
 * Loads something from the server for a page; `reload` fetches it again. A 401 means the session
 * is gone: the auth state is refreshed, and the page's guard then sends the person to log in.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): { resource: Resource<T>; reload: () => void } {
  const { refresh } = useAuth();
  const [result, setResult] = useState<{ key: string; resource: Resource<T> } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setResult({ key, resource: { state: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) void refresh();
        const resource: Resource<T> =
          error instanceof ApiError && error.status >= 400
            ? { state: 'refused', status: error.status, code: error.code }
            : { state: 'failed' };
        setResult({ key, resource });
      },
    );
    return () => controller.abort();
    // `load` is re-created on each render; `key` says when what it loads changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, refresh]);

  const reload = useCallback(() => {
    // Data stays on screen while it is fetched again (no flicker after an action); an error
    // gives way to "loading", so a retry is seen to do something.
    setResult((current) => (current?.resource.state === 'ready' ? current : null));
    setAttempt((value) => value + 1);
  }, []);
  const resource: Resource<T> = result?.key === key ? result.resource : { state: 'loading' };
  return { resource, reload };
}
