import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFoundTitle'));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="ds-heading mb-4" data-size="lg">
        {t('app.notFoundTitle')}
      </h1>
      <p className="ds-paragraph mb-6">{t('app.notFoundText')}</p>
      <Link to="/" className="ds-link">
        {t('app.backToPlans')}
      </Link>
    </div>
  );
}
