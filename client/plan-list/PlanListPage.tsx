import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, can } from '../../shared/auth/roles';
import { useAuth } from '../auth/authContext';
import { planPath, workshopsPath } from '../app/paths';
import type { PlanSummary } from '../http/plansApi';
import { usePageTitle } from '../ui/usePageTitle';
import { PageLoading } from '../ui/PageLoading';
import { formatDateTime } from '../i18n/formatDate';
import { CreatePlanForm } from './CreatePlanForm';
import { MakeOwnerForm } from './MakeOwnerForm';
import { usePlans } from './usePlans';

export function PlanListPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { plans, reload } = usePlans();
  usePageTitle(t('planList.title'));

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="ds-heading mb-2" data-size="lg">
        {t('planList.title')}
      </h1>
      <p className="ds-paragraph mb-8 text-neutral-text-subtle">{t('planList.intro')}</p>

      {/* Only staff create plans; the server refuses anyone else. */}
      {me?.kind === 'user' && (
        <section className="mb-10 rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-6">
          <CreatePlanForm />
        </section>
      )}

      <section aria-labelledby="all-plans-heading">
        <h2 id="all-plans-heading" className="ds-heading mb-4" data-size="xs">
          {t('planList.listHeading')}
        </h2>
        {plans.state === 'loading' && <PageLoading label={t('app.loading')} />}
        {plans.state === 'error' && (
          <div className="ds-alert" data-color="danger" role="alert">
            <p className="mb-3">{t('planList.loadFailed')}</p>
            <button type="button" className="ds-button" data-variant="secondary" onClick={reload}>
              {t('planList.retry')}
            </button>
          </div>
        )}
        {plans.state === 'ready' && plans.plans.length === 0 && (
          <p className="ds-paragraph">
            {me?.kind === 'user' ? t('planList.empty') : t('planList.emptyGuest')}
          </p>
        )}
        {plans.state === 'ready' && plans.plans.length > 0 && (
          <ul className="divide-y divide-neutral-border-subtle border-y border-neutral-border-subtle">
            {plans.plans.map((plan) => (
              <PlanListItem key={plan.id} plan={plan} />
            ))}
          </ul>
        )}
        {me?.kind === 'user' && me.isAdmin && plans.state === 'ready' && plans.plans.length > 0 && (
          <section className="mt-10 rounded-lg border border-neutral-border-subtle p-6">
            <MakeOwnerForm plans={plans.plans} me={me} onMade={reload} />
          </section>
        )}
        {me?.kind === 'guest' && me.role === 'participant' && (
          <p className="ds-paragraph mt-6">
            <Link to={workshopsPath(me.planId)} className="ds-link">
              {t('workshops.goTo')}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}

function PlanListItem({ plan }: { plan: PlanSummary }) {
  const { t, i18n } = useTranslation();
  // Participants see the plan's workshops, not its draft.
  const to = can(plan.role, Permission.ReadPlan) ? planPath(plan.id) : workshopsPath(plan.id);
  const title = plan.title || t('planList.untitled');
  return (
    <li className="py-4">
      {/* Only an administrator sees a plan they have no role in; it opens once they are owner. */}
      {plan.role ? (
        <Link to={to} className="ds-link text-lg font-medium break-words">
          {title}
        </Link>
      ) : (
        <span className="text-lg font-medium break-words">{title}</span>
      )}
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-neutral-text-subtle">
        {plan.role ? (
          <span>{t('roles.yourRole', { role: t(`roles.names.${plan.role}`) })}</span>
        ) : (
          <span>{t('planList.noRole')}</span>
        )}
        <span>
          {t('planList.lastChanged', {
            date: formatDateTime(plan.updatedAt, i18n.resolvedLanguage ?? 'nb'),
          })}
        </span>
      </p>
    </li>
  );
}
