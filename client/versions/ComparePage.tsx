import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import { versionsPath } from '../app/paths';
import { NoAccessPage } from '../auth/NoAccessPage';
import { LIVE, fetchComparison, fetchVersions, type VersionSummary } from '../http/versionsApi';
import { useResource } from '../http/useResource';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { CompareForm } from './CompareForm';
import { PlanDiffView } from './PlanDiffView';
import { ChangeReportLinks } from './ChangeReportLinks';
import { PlanSubpage } from '../ui/PlanSubpage';
import { ResourceError } from './ResourceError';
import { PlanPageGate } from '../auth/PlanPageGate';

/** Route `/plans/:planId/compare?from=…&to=…`: what changed between two versions or the draft. */
export function ComparePage() {
  return (
    <PlanPageGate permission={Permission.ReadPlan}>
      {({ planId, title }) => <Compare planId={planId} title={title} />}
    </PlanPageGate>
  );
}

function Compare({ planId, title }: { planId: string; title: string }) {
  const { t } = useTranslation();
  const versions = useResource(`versions:${planId}`, (signal) => fetchVersions(planId, signal));
  usePageTitle(t('compare.pageTitle', { plan: title }));
  if (versions.resource.state === 'refused' && versions.resource.status === 403)
    return <NoAccessPage />;
  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('compare.title')}
      intro={t('compare.intro', { plan: title })}
      back={{ to: versionsPath(planId), label: t('versions.backToVersions') }}
    >
      {versions.resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(versions.resource.state === 'failed' || versions.resource.state === 'refused') && (
        <ResourceError message={t('versions.loadFailed')} retry={versions.reload} />
      )}
      {versions.resource.state === 'ready' && (
        <Comparison planId={planId} versions={versions.resource.data} />
      )}
    </PlanSubpage>
  );
}

function Comparison({ planId, versions }: { planId: string; versions: VersionSummary[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? versions[0]?.id ?? LIVE;
  const to = params.get('to') ?? LIVE;
  const { resource, reload } = useResource(`compare:${planId}:${from}:${to}`, (signal) =>
    fetchComparison(planId, from, to, signal),
  );
  // After "Vis forskjellene", focus moves to the summary once it is there, which reads it out.
  const focusPending = useRef(false);
  useEffect(() => {
    if (resource.state !== 'ready' || !focusPending.current) return;
    focusPending.current = false;
    document.getElementById('compare-summary')?.focus();
  }, [resource]);

  const onCompare = (nextFrom: string, nextTo: string) => {
    focusPending.current = true;
    setParams({ from: nextFrom, to: nextTo });
    if (nextFrom === from && nextTo === to) reload();
  };

  return (
    <>
      <CompareForm
        key={`${from}:${to}`}
        versions={versions}
        from={from}
        to={to}
        onCompare={onCompare}
      />
      <div aria-busy={resource.state === 'loading'}>
        {resource.state === 'loading' && <PageLoading label={t('compare.loading')} />}
        {(resource.state === 'failed' || resource.state === 'refused') && (
          <ResourceError message={t('compare.loadFailed')} retry={reload} />
        )}
        {resource.state === 'ready' && (
          <PlanDiffView diff={resource.data.diff} editors={resource.data.editors} />
        )}
        {resource.state === 'ready' && <ChangeReportLinks planId={planId} from={from} to={to} />}
      </div>
    </>
  );
}
