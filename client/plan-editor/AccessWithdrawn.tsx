import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MessagePage } from '../ui/MessagePage';

/**
 * The server closed the plan to this person: never open to them, or withdrawn while they had it
 * open (their link was revoked, they were removed). The document is no longer shown.
 */
export function AccessWithdrawn({ hadAccess }: { hadAccess: boolean }) {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={hadAccess ? t('access.withdrawnTitle') : t('access.noAccessTitle')}
      takeFocus={hadAccess}
    >
      <p className="ds-paragraph">
        {hadAccess ? t('access.withdrawnText') : t('access.noAccessText')}
      </p>
      <Link to="/" className="ds-link">
        {t('access.home')}
      </Link>
    </MessagePage>
  );
}
