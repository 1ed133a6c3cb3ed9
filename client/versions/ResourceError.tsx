import { useTranslation } from 'react-i18next';

/** A failed load with the way to try again. */
export function ResourceError({ message, retry }: { message: string; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="ds-alert" data-color="danger">
      <p className="mb-3">{message}</p>
      <button type="button" className="ds-button" data-variant="secondary" onClick={retry}>
        {t('auth.retry')}
      </button>
    </div>
  );
}
