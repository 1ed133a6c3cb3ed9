import { useMemo, useSyncExternalStore } from 'react';
import { ShownStatus, type StatusSource } from './shownStatus';
import { SyncStatusIndicator } from './SyncStatusIndicator';

/**
 * The status indicator for a live provider. It subscribes by itself, so the save state changing
 * per keystroke re-renders only this, not the page around it.
 */
export function LiveSyncStatus({
  provider,
  readOnly = false,
}: {
  provider: StatusSource;
  readOnly?: boolean;
}) {
  const shown = useMemo(() => new ShownStatus(provider), [provider]);
  const status = useSyncExternalStore(shown.subscribe, shown.getSnapshot);
  return <SyncStatusIndicator status={status} readOnly={readOnly} />;
}
