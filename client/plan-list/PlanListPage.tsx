import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/usePageTitle';
import { PageLoading } from '../ui/PageLoading';
import { formatDateTime } from '../i18n/formatDate';
import { CreatePlanForm } from './CreatePlanForm';
import { usePlans } from './usePlans';

export function PlanListPage() {
  const { t, i18n } = useTranslation();
  const { plans, reload } = usePlans();
  usePageTitle(t('planList.title'));

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="ds-heading mb-2" data-size="lg">
        {t('planList.title')}
      </h1>
      <p className="ds-paragraph mb-8 text-neutral-text-subtle">{t('planList.intro')}</p>

      <section className="mb-10 rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-6">
        <CreatePlanForm />
      </section>

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
          <p className="ds-paragraph">{t('planList.empty')}</p>
        )}
        {plans.state === 'ready' && plans.plans.length > 0 && (
          <ul className="divide-y divide-neutral-border-subtle border-y border-neutral-border-subtle">
            {plans.plans.map((plan) => (
              <li key={plan.id} className="py-4">
                <Link
                  to={`/plans/${encodeURIComponent(plan.id)}`}
                  className="ds-link text-lg font-medium"
                >
                  {plan.title || t('planList.untitled')}
                </Link>
                <p className="mt-1 text-sm text-neutral-text-subtle">
                  {t('planList.lastChanged', {
                    date: formatDateTime(plan.updatedAt, i18n.resolvedLanguage ?? 'nb'),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
