import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MessagePage } from '../ui/MessagePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('app.notFoundTitle')}>
      <p className="ds-paragraph">{t('app.notFoundText')}</p>
      <Link to="/" className="ds-link">
        {t('app.backToPlans')}
      </Link>
    </MessagePage>
  );
}
