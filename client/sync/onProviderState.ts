import type { DocProvider } from './DocProvider';

/**
 * Calls `onChange` whenever what a page shows of a provider may have changed: its status, its
 * sync flag, or its access (a role change or a revoked link changes access without necessarily
 * changing the status). Returns the unsubscribe.
 */
export function onProviderState(provider: DocProvider, onChange: () => void): () => void {
  provider.on('status', onChange);
  provider.on('synced', onChange);
  provider.on('access', onChange);
  return () => {
    provider.off('status', onChange);
    provider.off('synced', onChange);
    provider.off('access', onChange);
  };
}
