import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import { planPath } from '../app/paths';
import { NoAccessPage } from '../auth/NoAccessPage';
import { fetchAudit } from '../http/auditApi';
import { useResource } from '../http/useResource';
import { formatDateTime } from '../i18n/formatDate';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { auditActionText, auditActor, auditDetails } from './auditText';
import { PlanSubpage } from '../ui/PlanSubpage';
import { PlanPageGate } from '../auth/PlanPageGate';

/** Route `/plans/:planId/audit`: who did what in the plan, and when (owner only). */
export function AuditPage() {
  return (
    <PlanPageGate permission={Permission.ViewAudit}>
      {({ planId, title }) => <AuditLog planId={planId} title={title} />}
    </PlanPageGate>
  );
}

function AuditLog({ planId, title }: { planId: string; title: string }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const { resource, reload } = useResource(`audit:${planId}`, (signal) =>
    fetchAudit(planId, signal),
  );
  usePageTitle(t('audit.pageTitle', { plan: title }));
  if (resource.state === 'refused' && resource.status === 403) return <NoAccessPage />;
  const language = i18n.resolvedLanguage ?? 'nb';

  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('audit.title')}
      intro={t('audit.intro', { plan: title })}
      back={{ to: planPath(planId), label: t('people.backToPlan', { plan: title }) }}
    >
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <div className="ds-alert" data-color="danger">
          <p className="mb-3">{t('audit.loadFailed')}</p>
          <button type="button" className="ds-button" data-variant="secondary" onClick={reload}>
            {t('auth.retry')}
          </button>
        </div>
      )}
      {resource.state === 'ready' && resource.data.length === 0 && (
        <p className="ds-paragraph">{t('audit.empty')}</p>
      )}
      {resource.state === 'ready' && resource.data.length > 0 && (
        // On a phone the table scrolls sideways in its own region (WCAG 1.4.10 lets data tables),
        // which keyboard users can focus and scroll; the page itself does not.
        <div
          className="overflow-x-auto"
          role="region"
          aria-labelledby={captionId}
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
          tabIndex={0}
        >
          <table className="ds-table w-full" data-border="true">
            <caption id={captionId} className="ds-sr-only">
              {t('audit.caption', { plan: title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {resource.data.map((entry) => {
                const details = auditDetails(entry, t);
                return (
                  <tr key={entry.id}>
                    <td className="whitespace-nowrap">
                      <time dateTime={new Date(entry.at).toISOString()}>
                        {formatDateTime(entry.at, language)}
                      </time>
                    </td>
                    <td>{auditActor(entry, t)}</td>
                    <td>
                      {auditActionText(entry.action, t)}
                      {details.length > 0 && (
                        <span className="block text-sm text-neutral-text-subtle">
                          {details.join(' · ')}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </PlanSubpage>
  );
}
