import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../sync/status';

/**
 * The sentence a person reads for a sync status; error codes map to their own translations.
 * Someone who only reads (`readOnly`) has nothing to save: "Lagret" would promise them something
 * about work they cannot do, so they are told whether they see the latest version instead.
 */
export function statusText(status: SyncStatus, t: TFunction, readOnly = false): string {
  if (readOnly && (status.state === 'saved' || status.state === 'saving' || status.state === 'retrying'))
    return t('status.live');
  if (readOnly && status.state === 'offline') return t('status.offlineReading');
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
