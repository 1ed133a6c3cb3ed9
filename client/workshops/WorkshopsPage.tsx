import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchPlan } from '../http/plansApi';
import { useResource } from '../http/useResource';
import { useAuth } from '../auth/authContext';
import { MessagePage } from '../ui/MessagePage';

/**
 * Route `/plans/:planId/workshops`: where participants land. Workshops come in a later version;
 * until then the page says so, so nobody who followed a link meets an empty screen.
 */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const { me } = useAuth();
  // The title is a courtesy: participants may not be allowed to read the plan itself.
  const { resource } = useResource(`plan:${planId}`, (signal) => fetchPlan(planId, signal));
  const title = resource.state === 'ready' ? resource.data.title : null;
  return (
    <MessagePage title={t('workshops.title')}>
      <p className="ds-paragraph">
        {title ? t('workshops.text', { plan: title }) : t('workshops.textNoPlan')}
      </p>
      <p className="ds-paragraph">{t('workshops.comeBack')}</p>
      {me?.kind === 'user' && (
        <Link to="/" className="ds-link">
          {t('app.backToPlans')}
        </Link>
      )}
    </MessagePage>
  );
}
