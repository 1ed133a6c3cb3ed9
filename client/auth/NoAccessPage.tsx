import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MessagePage } from '../ui/MessagePage';

/** A page of a plan this person may not see (the server answered 403). */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('access.noAccessTitle')}>
      <p className="ds-paragraph">{t('access.noAccessText')}</p>
      <Link to="/" className="ds-link">
        {t('app.backToPlans')}
      </Link>
    </MessagePage>
  );
}
