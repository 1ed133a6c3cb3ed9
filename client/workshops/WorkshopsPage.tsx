import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, Permission } from '../../shared/auth/roles';
import { coveragePath, leadWorkshopPath, workshopPath, workshopResultsPath } from '../app/paths';
import { useAuth } from '../auth/authContext';
import { fetchPlan } from '../http/plansApi';
import { useResource } from '../http/useResource';
import { fetchWorkshops } from '../http/workshopsApi';
import { useAnnounce } from '../ui/announcerContext';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { CreateWorkshopForm } from './CreateWorkshopForm';

/**
 * Route `/plans/:planId/workshops`: where participants land. Lists the plan's workshops with a
 * link to take part, and for those who run workshops a link to lead and a form to create one.
 */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { planId = '' } = useParams();
  const { me } = useAuth();
  // The title and role are a courtesy: participants may not be allowed to read the plan itself.
  const plan = useResource(`plan:${planId}`, (signal) => fetchPlan(planId, signal)).resource;
  const list = useResource(`workshops:${planId}`, (signal) => fetchWorkshops(planId, signal));
  const title = plan.state === 'ready' ? plan.data.title : null;
  const runs = plan.state === 'ready' && can(plan.data.role, Permission.RunWorkshops);
  const owns = plan.state === 'ready' && can(plan.data.role, Permission.ManagePeople);
  usePageTitle(title ? t('workshop.listPageTitle', { plan: title }) : t('workshops.title'));

  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <h1 className="ds-heading mb-2" data-size="lg">
        {t('workshops.title')}
      </h1>
      <p className="ds-paragraph mb-8 text-neutral-text-subtle">
        {title ? t('workshop.listIntro', { plan: title }) : t('workshops.textNoPlan')}
      </p>
      {owns && (
        <p className="-mt-4 mb-8">
          <Link to={coveragePath(planId)} className="ds-link">
            {t('coverage.navLink')}
          </Link>
        </p>
      )}

      <section aria-labelledby="workshop-list-heading" className="mb-10">
        <h2 id="workshop-list-heading" className="ds-heading mb-4" data-size="sm">
          {t('workshop.listHeading')}
        </h2>
        {list.resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
        {(list.resource.state === 'failed' || list.resource.state === 'refused') && (
          <div className="ds-alert" data-color="danger">
            <p className="mb-3">{t('workshop.loadFailed')}</p>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              onClick={list.reload}
            >
              {t('auth.retry')}
            </button>
          </div>
        )}
        {list.resource.state === 'ready' &&
          (list.resource.data.length === 0 ? (
            <>
              <p className="ds-paragraph">{t('workshop.none')}</p>
              {!runs && <p className="ds-paragraph">{t('workshops.comeBack')}</p>}
            </>
          ) : (
            <ul className="flex flex-col gap-3">
              {list.resource.data.map((workshop) => (
                <li
                  key={workshop.id}
                  className="rounded-md border border-neutral-border-subtle p-4"
                >
                  <h3 className="ds-heading mb-2 break-words" data-size="xs">
                    {workshop.title}
                  </h3>
                  <p className="flex flex-wrap gap-4">
                    <Link to={workshopPath(workshop.id)} className="ds-link">
                      {t('workshop.take', { title: workshop.title })}
                    </Link>
                    {runs && (
                      <Link to={leadWorkshopPath(workshop.id)} className="ds-link">
                        {t('workshop.leadLink', { title: workshop.title })}
                      </Link>
                    )}
                    <Link to={workshopResultsPath(workshop.id)} className="ds-link">
                      {t('workshopResults.link', { title: workshop.title })}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          ))}
      </section>

      {runs && (
        <section
          aria-labelledby="create-workshop-heading"
          className="mb-10 rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-6"
        >
          <h2 id="create-workshop-heading" className="ds-heading mb-4" data-size="sm">
            {t('workshop.createHeading')}
          </h2>
          <CreateWorkshopForm
            planId={planId}
            onCreated={(workshop) => {
              announce(t('workshop.created', { title: workshop.title }));
              list.reload();
            }}
          />
        </section>
      )}
      {me?.kind === 'user' && (
        <Link to="/" className="ds-link">
          {t('app.backToPlans')}
        </Link>
      )}
    </div>
  );
}
