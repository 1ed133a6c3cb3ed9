import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { workshopPath, workshopsPath } from '../../app/paths';
import type { WorkshopInfo } from '../../http/workshopsApi';
import { MessagePage } from '../../ui/MessagePage';

/**
 * The lead page for someone who may take part but not lead: the way back is to what they can
 * see, the workshop itself and the plan's workshops, not the list of plans.
 */
export function LeadNoAccess({ workshop }: { workshop: WorkshopInfo }) {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('access.noAccessTitle')}>
      <p className="ds-paragraph">{t('access.noAccessText')}</p>
      <Link to={workshopPath(workshop.id)} className="ds-link">
        {t('workshop.take', { title: workshop.title })}
      </Link>
      <Link to={workshopsPath(workshop.planId)} className="ds-link">
        {t('workshop.toWorkshops')}
      </Link>
    </MessagePage>
  );
}
