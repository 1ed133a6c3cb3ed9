import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDate';

/** A time in the reader's language, machine-readable too. */
export function TimeStamp({ time }: { time: number }) {
  const { i18n } = useTranslation();
  return <time dateTime={new Date(time).toISOString()}>{formatDateTime(time, i18n.resolvedLanguage ?? 'nb')}</time>;
}
