import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import type { Coverage } from '../../shared/workshop/coverage';
import { associationsPath, workshopsPath } from '../app/paths';
import { NoAccessPage } from '../auth/NoAccessPage';
import { useResource } from '../http/useResource';
import { PageLoading } from '../ui/PageLoading';
import { PlanSubpage } from '../ui/PlanSubpage';
import { usePageTitle } from '../ui/usePageTitle';
import { fetchCoverage } from './coverageApi';
import { CoverageTable } from './CoverageTable';
import { PlanPageGate } from '../auth/PlanPageGate';

/** Route `/plans/:planId/coverage`: which associations the plan's workshops have reached. */
export function CoveragePage() {
  return (
    <PlanPageGate permission={Permission.ManagePeople}>
      {({ planId, title }) => <CoverageView planId={planId} title={title} />}
    </PlanPageGate>
  );
}

function CoverageView({ planId, title }: { planId: string; title: string }) {
  const { t } = useTranslation();
  usePageTitle(t('coverage.pageTitle', { plan: title }));
  const { resource, reload } = useResource(`coverage:${planId}`, (signal) =>
    fetchCoverage(planId, signal),
  );
  if (resource.state === 'refused' && resource.status === 403) return <NoAccessPage />;

  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('coverage.title')}
      intro={t('coverage.intro')}
      back={{ to: workshopsPath(planId), label: t('coverage.backToWorkshops') }}
    >
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <div className="ds-alert" data-color="danger">
          <p className="mb-3">{t('coverage.loadFailed')}</p>
          <button type="button" className="ds-button" data-variant="secondary" onClick={reload}>
            {t('auth.retry')}
          </button>
        </div>
      )}
      {resource.state === 'ready' && <Report planId={planId} coverage={resource.data} />}
    </PlanSubpage>
  );
}

function Report({ planId, coverage }: { planId: string; coverage: Coverage }) {
  const { t } = useTranslation();
  const listed = coverage.rows.filter((row) => row.listed).length;
  return (
    <>
      <section aria-labelledby="not-reached-heading" className="mb-10" data-testid="not-reached">
        <h2 id="not-reached-heading" className="ds-heading mb-3" data-size="sm">
          {t('coverage.summaryHeading')}
        </h2>
        {listed === 0 ? (
          <p className="ds-paragraph">{t('coverage.noList')}</p>
        ) : coverage.notReached.length === 0 ? (
          <p className="ds-paragraph">{t('coverage.allReached')}</p>
        ) : (
          <>
            <p className="ds-paragraph mb-2">
              {t('coverage.notReachedIntro', { count: coverage.notReached.length })}
            </p>
            <ul className="ds-list list-disc pl-5">
              {coverage.notReached.map((name) => (
                <li key={name} className="break-words">
                  {name}
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="mt-4">
          <Link to={associationsPath(planId)} className="ds-link">
            {t('coverage.manageList')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="coverage-table-heading">
        <h2 id="coverage-table-heading" className="ds-heading mb-3" data-size="sm">
          {t('coverage.tableHeading')}
        </h2>
        {coverage.workshops.length === 0 ? (
          <p className="ds-paragraph">{t('coverage.noWorkshops')}</p>
        ) : (
          <CoverageTable coverage={coverage} />
        )}
      </section>
    </>
  );
}
