import type { TFunction } from 'i18next';

/** "30 sekunder", "2 minutter": how long to wait, from a Retry-After in seconds. */
export function formatWait(seconds: number, t: TFunction): string {
  if (seconds < 90) return t('time.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return t('time.minutes', { count: Math.ceil(seconds / 60) });
}
