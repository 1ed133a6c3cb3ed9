import { useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import { coveragePath, peoplePath } from '../app/paths';
import { NoAccessPage } from '../auth/NoAccessPage';
import { useResource } from '../http/useResource';
import { PageLoading } from '../ui/PageLoading';
import { PlanSubpage } from '../ui/PlanSubpage';
import { usePageTitle } from '../ui/usePageTitle';
import { AddAssociationForm } from './AddAssociationForm';
import { AssociationRow } from './AssociationRow';
import { fetchAssociations } from './associationsApi';
import { PlanPageGate } from '../auth/PlanPageGate';

/** Route `/plans/:planId/associations`: the owner keeps the list of associations to reach. */
export function AssociationsPage() {
  return (
    <PlanPageGate permission={Permission.ManagePeople}>
      {({ planId, title }) => <Associations planId={planId} title={title} />}
    </PlanPageGate>
  );
}

function Associations({ planId, title }: { planId: string; title: string }) {
  const { t } = useTranslation();
  usePageTitle(t('associations.pageTitle', { plan: title }));
  const { resource, reload } = useResource(`associations:${planId}`, (signal) =>
    fetchAssociations(planId, signal),
  );
  const listHeading = useRef<HTMLHeadingElement>(null);
  if (resource.state === 'refused' && resource.status === 403) return <NoAccessPage />;
  const list = resource.state === 'ready' ? resource.data : [];

  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('associations.title')}
      intro={t('associations.intro', { plan: title })}
      back={{ to: peoplePath(planId), label: t('associations.backToPeople') }}
    >
      <section
        aria-labelledby="add-association-heading"
        className="mb-10 rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-6"
      >
        <h2 id="add-association-heading" className="ds-heading mb-4" data-size="sm">
          {t('associations.addHeading')}
        </h2>
        <AddAssociationForm planId={planId} existing={list} onAdded={reload} />
      </section>

      <section aria-labelledby="association-list-heading" className="mb-10">
        <h2
          id="association-list-heading"
          ref={listHeading}
          tabIndex={-1}
          className="ds-heading mb-1 outline-none"
          data-size="sm"
        >
          {t('associations.listHeading')}
        </h2>
        {resource.state === 'ready' && (
          <p className="ds-paragraph mb-4 text-neutral-text-subtle">
            {t('associations.count', { count: list.length })}
          </p>
        )}
        {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
        {(resource.state === 'failed' || resource.state === 'refused') && (
          <div className="ds-alert" data-color="danger">
            <p className="mb-3">{t('associations.loadFailed')}</p>
            <button type="button" className="ds-button" data-variant="secondary" onClick={reload}>
              {t('auth.retry')}
            </button>
          </div>
        )}
        {resource.state === 'ready' &&
          (list.length === 0 ? (
            <p className="ds-paragraph">{t('associations.empty')}</p>
          ) : (
            <ul className="flex flex-col gap-2" data-testid="association-list">
              {list.map((association) => (
                <AssociationRow
                  key={association.id}
                  planId={planId}
                  association={association}
                  others={list.filter((a) => a.id !== association.id)}
                  onChanged={reload}
                  onRemoved={() => {
                    listHeading.current?.focus();
                    reload();
                  }}
                />
              ))}
            </ul>
          ))}
      </section>
      <Link to={coveragePath(planId)} className="ds-link">
        {t('associations.coverageLink')}
      </Link>
    </PlanSubpage>
  );
}
