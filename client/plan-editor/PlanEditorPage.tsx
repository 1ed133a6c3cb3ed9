import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, can } from '../../shared/auth/roles';
import { NoAccessPage } from '../auth/NoAccessPage';
import { useIdentity } from '../identity/identityContext';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { PlanEditor } from './PlanEditor';
import { usePlanRecord } from './usePlanRecord';
import { workshopsPath } from '../app/paths';

/** Route `/plans/:planId`: does the plan exist and may this person read it → the live document. */
export function PlanEditorPage() {
  const { planId = '' } = useParams();
  const { identity } = useIdentity();
  const record = usePlanRecord(planId);
  const { t } = useTranslation();

  if (!identity || record.state === 'loading') return <PageLoading label={t('editor.loading')} />;
  if (record.state === 'not-found') return <PlanNotFound />;
  if (record.state === 'forbidden') return <NoAccessPage />;
  const role = record.state === 'found' ? record.plan.role : null;
  // Participants take part in workshops but do not read the draft.
  if (record.state === 'found' && !can(role, Permission.ReadPlan)) {
    return can(role, Permission.JoinWorkshops) ? (
      <Navigate to={workshopsPath(planId)} replace />
    ) : (
      <NoAccessPage />
    );
  }
  return (
    <PlanEditor
      key={planId}
      planId={planId}
      identity={identity}
      role={role}
      inbox={record.state === 'found' ? (record.plan.inbox ?? null) : null}
      fallbackTitle={record.state === 'found' ? record.plan.title : ''}
      contentLanguage={record.state === 'found' ? record.plan.contentLanguage : undefined}
    />
  );
}

function PlanNotFound() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('editor.notFoundTitle')}>
      <p className="ds-paragraph">{t('editor.notFoundText')}</p>
      <Link to="/" className="ds-link">
        {t('app.backToPlans')}
      </Link>
    </MessagePage>
  );
}
