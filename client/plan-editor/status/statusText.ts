import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../sync/status';

/** The sentence a person reads for a sync status; error codes map to their own translations. */
export function statusText(status: SyncStatus, t: TFunction): string {
  switch (status.state) {
    case 'connecting':
      return t('status.connecting');
    case 'syncing':
      return t('status.syncing');
    case 'saving':
      return t('status.saving');
    case 'saved':
      return t('status.saved');
    case 'retrying':
      return t('status.retrying');
    case 'offline':
      return t('status.offline');
    case 'error':
      return t(`errors.${status.code}`);
    default: {
      const unhandled: never = status;
      return String(unhandled);
    }
  }
}

export type StatusTone = 'neutral' | 'success' | 'warning' | 'danger';

export function statusTone(status: SyncStatus): StatusTone {
  switch (status.state) {
    case 'saved':
      return 'success';
    case 'offline':
    case 'retrying':
      return 'warning';
    case 'error':
      return 'danger';
    default:
      return 'neutral';
  }
}
