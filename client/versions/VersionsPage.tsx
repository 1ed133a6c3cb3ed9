import { useTranslation } from 'react-i18next';
import { Permission, can, type Role } from '../../shared/auth/roles';
import { NoAccessPage } from '../auth/NoAccessPage';
import { fetchProcess, fetchVersions } from '../http/versionsApi';
import { useResource } from '../http/useResource';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { FreezeForm } from './FreezeForm';
import { PlanSubpage } from '../ui/PlanSubpage';
import { ProcessTimeline } from './ProcessTimeline';
import { ResourceError } from './ResourceError';
import { VersionList } from './VersionList';
import { PlanPageGate } from '../auth/PlanPageGate';

/** Route `/plans/:planId/versions`: the political process, freezing, and the frozen versions. */
export function VersionsPage() {
  return (
    <PlanPageGate permission={Permission.ReadPlan}>
      {({ planId, title, role }) => <Versions planId={planId} title={title} role={role} />}
    </PlanPageGate>
  );
}

function Versions({ planId, title, role }: { planId: string; title: string; role: Role | null }) {
  const { t } = useTranslation();
  const manage = can(role, Permission.ManageVersions);
  const process = useResource(`process:${planId}`, (signal) => fetchProcess(planId, signal));
  const versions = useResource(`versions:${planId}`, (signal) => fetchVersions(planId, signal));
  usePageTitle(t('versions.pageTitle', { plan: title }));
  if (versions.resource.state === 'refused' && versions.resource.status === 403)
    return <NoAccessPage />;

  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('versions.title')}
      intro={t('versions.intro', { plan: title })}
    >
      <section aria-labelledby="process-heading" className="mb-12">
        <h2 id="process-heading" className="ds-heading mb-4" data-size="sm">
          {t('versions.processHeading')}
        </h2>
        {process.resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
        {(process.resource.state === 'failed' || process.resource.state === 'refused') && (
          <ResourceError message={t('versions.loadFailed')} retry={process.reload} />
        )}
        {process.resource.state === 'ready' && (
          <ProcessTimeline planId={planId} steps={process.resource.data} editable={manage} />
        )}
      </section>

      {manage && (
        <section
          aria-labelledby="freeze-heading"
          className="mb-12 rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-6"
        >
          <h2 id="freeze-heading" className="ds-heading mb-2" data-size="sm">
            {t('versions.freezeHeading')}
          </h2>
          <p className="ds-paragraph mb-4">{t('versions.freezeIntro')}</p>
          <FreezeForm planId={planId} onFrozen={versions.reload} />
        </section>
      )}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="ds-heading mb-4" data-size="sm">
          {t('versions.listHeading')}
        </h2>
        {versions.resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
        {(versions.resource.state === 'failed' || versions.resource.state === 'refused') && (
          <ResourceError message={t('versions.loadFailed')} retry={versions.reload} />
        )}
        {versions.resource.state === 'ready' && (
          <VersionList planId={planId} versions={versions.resource.data} canRestore={manage} />
        )}
      </section>
    </PlanSubpage>
  );
}
