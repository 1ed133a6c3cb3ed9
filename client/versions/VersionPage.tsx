import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import type { VersionContentResponse } from '../../shared/api/versions';
import { versionsPath } from '../app/paths';
import { NoAccessPage } from '../auth/NoAccessPage';
import { PlanPageGate } from '../auth/PlanPageGate';
import { fetchVersion } from '../http/versionsApi';
import { useResource } from '../http/useResource';
import { formatDateTime } from '../i18n/formatDate';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { PlanSubpage } from '../ui/PlanSubpage';
import { ResourceError } from './ResourceError';
import { SnapshotView } from './SnapshotView';

/** Route `/plans/:planId/versions/:versionId`: one frozen version, read-only. */
export function VersionPage() {
  const { versionId = '' } = useParams();
  return (
    <PlanPageGate permission={Permission.ReadPlan}>
      {({ planId, title }) => <Version planId={planId} versionId={versionId} title={title} />}
    </PlanPageGate>
  );
}

function Version({
  planId,
  versionId,
  title,
}: {
  planId: string;
  versionId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const { resource, reload } = useResource(`version:${planId}:${versionId}`, (signal) =>
    fetchVersion(planId, versionId, signal),
  );
  const name = resource.state === 'ready' ? resource.data.version.name : null;
  usePageTitle(name ? t('versions.viewPageTitle', { version: name, plan: title }) : null);

  if (resource.state === 'loading') return <PageLoading label={t('app.loading')} />;
  if (resource.state === 'refused' && resource.status === 403) return <NoAccessPage />;
  if (resource.state === 'refused' && (resource.status === 404 || resource.status === 400))
    return (
      <MessagePage title={t('versions.notFoundTitle')}>
        <p className="ds-paragraph">{t('versions.notFoundText')}</p>
        <Link to={versionsPath(planId)} className="ds-link">
          {t('versions.backToVersions')}
        </Link>
      </MessagePage>
    );
  const back = { to: versionsPath(planId), label: t('versions.backToVersions') };
  if (resource.state !== 'ready')
    return (
      <PlanSubpage planId={planId} planTitle={title} title={t('versions.title')} back={back}>
        <ResourceError message={t('versions.loadFailed')} retry={reload} />
      </PlanSubpage>
    );
  return <Loaded planId={planId} planTitle={title} content={resource.data} back={back} />;
}

function Loaded({
  planId,
  planTitle,
  content,
  back,
}: {
  planId: string;
  planTitle: string;
  content: VersionContentResponse;
  back: { to: string; label: string };
}) {
  const { t, i18n } = useTranslation();
  const { version, snapshot } = content;
  const frozen = version.createdBy
    ? t('versions.frozenBy', {
        date: formatDateTime(version.createdAt, i18n.resolvedLanguage ?? 'nb'),
        name: version.createdBy,
      })
    : t('versions.frozenByUnknown', {
        date: formatDateTime(version.createdAt, i18n.resolvedLanguage ?? 'nb'),
      });
  return (
    <PlanSubpage
      planId={planId}
      planTitle={planTitle}
      title={snapshot.title || planTitle}
      back={back}
    >
      <div className="ds-alert mb-8" data-color="info" data-testid="version-notice">
        <p>
          <strong>{version.name}</strong>{' '}
          {t('versions.readOnlyNotice', { frozen, step: t(`versions.steps.${version.step}`) })}
        </p>
      </div>
      <SnapshotView snapshot={snapshot} />
    </PlanSubpage>
  );
}
