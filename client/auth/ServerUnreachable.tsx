import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/usePageTitle';
import { useAuth } from './authContext';

/** Whether someone is logged in cannot be known without the server: say so and offer a retry. */
export function ServerUnreachable() {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('auth.unreachableTitle'));
  const retry = () => {
    setBusy(true);
    void refresh().finally(() => setBusy(false));
  };
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="ds-heading mb-4" data-size="lg">
        {t('auth.unreachableTitle')}
      </h1>
      <p className="ds-paragraph mb-6">{t('auth.unreachableText')}</p>
      <button
        type="button"
        className="ds-button"
        data-variant="primary"
        aria-disabled={busy || undefined}
        onClick={() => !busy && retry()}
      >
        {t('auth.retry')}
      </button>
    </div>
  );
}
