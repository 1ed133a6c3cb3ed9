import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

/**
 * Shown instead of a page that failed: its code did not load ('load': a new release or no
 * network) or it broke while rendering ('page'). Reloading fetches the current release.
 */
export function LoadErrorPage({ kind }: { kind: 'load' | 'page' }) {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={kind === 'load' ? t('app.loadErrorTitle') : t('app.pageErrorTitle')}
      takeFocus
    >
      <p className="ds-paragraph">
        {kind === 'load' ? t('app.loadErrorText') : t('app.pageErrorText')}
      </p>
      <button
        type="button"
        className="ds-button"
        data-variant="primary"
        onClick={() => window.location.reload()}
      >
        {t('app.reload')}
      </button>
    </MessagePage>
  );
}
