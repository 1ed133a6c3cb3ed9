import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../identity/identityContext';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { IdentityGate } from './IdentityGate';
import { PlanEditor } from './PlanEditor';
import { usePlanRecord } from './usePlanRecord';

/** Route `/plans/:planId`: who are you → does the plan exist → the live document. */
export function PlanEditorPage() {
  const { planId = '' } = useParams();
  const { identity } = useIdentity();
  const record = usePlanRecord(planId);
  const { t } = useTranslation();

  if (!identity) return <IdentityGate />;
  if (record.state === 'loading') return <PageLoading label={t('editor.loading')} />;
  if (record.state === 'not-found') return <PlanNotFound />;
  return (
    <PlanEditor
      key={planId}
      planId={planId}
      identity={identity}
      fallbackTitle={record.state === 'found' ? record.plan.title : ''}
    />
  );
}

function PlanNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('editor.notFoundTitle'));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="ds-heading mb-4" data-size="lg">
        {t('editor.notFoundTitle')}
      </h1>
      <p className="ds-paragraph mb-6">{t('editor.notFoundText')}</p>
      <Link to="/" className="ds-link">
        {t('app.backToPlans')}
      </Link>
    </div>
  );
}
