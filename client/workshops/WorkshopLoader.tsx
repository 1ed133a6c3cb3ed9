import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchWorkshop, type WorkshopInfo } from '../http/workshopsApi';
import { useResource } from '../http/useResource';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';

/** Loads `/api/workshops/:workshopId` (role and clock offset) and shows what fits the answer. */
export function WorkshopLoader({
  children,
}: {
  children: (workshop: WorkshopInfo, clockOffsetMs: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const { workshopId = '' } = useParams();
  const { resource, reload } = useResource(`workshop:${workshopId}`, (signal) =>
    fetchWorkshop(workshopId, signal),
  );
  if (resource.state === 'loading') return <PageLoading label={t('workshop.loading')} />;
  if (resource.state === 'ready')
    return <>{children(resource.data.workshop, resource.data.clockOffsetMs)}</>;
  if (resource.state === 'refused' && resource.status !== 401)
    return (
      <MessagePage title={t('workshop.notFoundTitle')}>
        <p className="ds-paragraph">{t('workshop.notFoundText')}</p>
        <Link to="/" className="ds-link">
          {t('app.backToPlans')}
        </Link>
      </MessagePage>
    );
  return (
    <MessagePage title={t('auth.unreachableTitle')}>
      <p className="ds-paragraph">{t('auth.unreachableText')}</p>
      <button type="button" className="ds-button" data-variant="primary" onClick={reload}>
        {t('auth.retry')}
      </button>
    </MessagePage>
  );
}
