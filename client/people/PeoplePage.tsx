import { useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CreateInviteResponse } from '../../shared/api/invites';
import { Permission } from '../../shared/auth/roles';
import { associationsPath, planPath } from '../app/paths';
import { NoAccessPage } from '../auth/NoAccessPage';
import { fetchInvites } from '../http/invitesApi';
import { fetchMembers } from '../http/membersApi';
import { useResource, type Resource } from '../http/useResource';
import { useAnnounce } from '../ui/announcerContext';
import { PageLoading } from '../ui/PageLoading';
import { SmallButton } from '../ui/SmallButton';
import { usePageTitle } from '../ui/usePageTitle';
import { CreateInviteForm } from './CreateInviteForm';
import { NewInviteLink } from './NewInviteLink';
import { InviteList } from './InviteList';
import { MemberList } from './MemberList';
import { PlanSubpage } from '../ui/PlanSubpage';
import { PlanPageGate } from '../auth/PlanPageGate';

/** Route `/plans/:planId/people`: the plan's owner invites people and manages their roles. */
export function PeoplePage() {
  return (
    <PlanPageGate permission={Permission.ManagePeople}>
      {({ planId, title }) => <People planId={planId} title={title} />}
    </PlanPageGate>
  );
}

function People({ planId, title }: { planId: string; title: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const invites = useResource(`invites:${planId}`, (signal) => fetchInvites(planId, signal));
  const members = useResource(`members:${planId}`, (signal) => fetchMembers(planId, signal));
  const [created, setCreated] = useState<CreateInviteResponse | null>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('people.pageTitle', { plan: title }));

  if (isForbidden(invites.resource) || isForbidden(members.resource)) return <NoAccessPage />;

  const onCreated = (response: CreateInviteResponse) => {
    setCreated(response);
    announce(t('people.created'));
    invites.reload();
  };
  const refresh = () => {
    invites.reload();
    members.reload();
  };

  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('people.title')}
      intro={t('people.intro', { plan: title })}
      back={{ to: planPath(planId), label: t('people.backToPlan', { plan: title }) }}
    >
      <p className="-mt-6 mb-8">
        <Link to={associationsPath(planId)} className="ds-link">
          {t('associations.navLink')}
        </Link>
      </p>

      <section
        aria-labelledby="create-invite-heading"
        className="mb-10 rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-6"
      >
        <h2 id="create-invite-heading" className="ds-heading mb-4" data-size="sm">
          {t('people.createHeading')}
        </h2>
        <CreateInviteForm planId={planId} onCreated={onCreated} />
      </section>

      {created && <NewInviteLink key={created.invite.id} created={created} />}

      <section aria-labelledby="invites-heading" className="mb-12">
        <div className="mb-4 flex flex-wrap items-center gap-4">
          <h2 id="invites-heading" className="ds-heading" data-size="sm">
            {t('people.linksHeading')}
          </h2>
          <SmallButton variant="tertiary" onClick={refresh}>
            {t('people.refresh')}
          </SmallButton>
        </div>
        <Loaded resource={invites.resource} retry={invites.reload}>
          {(list) => <InviteList planId={planId} invites={list} onChanged={refresh} />}
        </Loaded>
      </section>

      <section aria-labelledby="members-heading">
        <h2
          id="members-heading"
          ref={membersHeading}
          tabIndex={-1}
          className="ds-heading mb-4 outline-none"
          data-size="sm"
        >
          {t('people.membersHeading')}
        </h2>
        <Loaded resource={members.resource} retry={members.reload}>
          {(list) => (
            <MemberList
              planId={planId}
              members={list}
              onChanged={refresh}
              onRemoved={() => membersHeading.current?.focus()}
            />
          )}
        </Loaded>
      </section>
    </PlanSubpage>
  );
}

function isForbidden(resource: Resource<unknown>): boolean {
  return resource.state === 'refused' && resource.status === 403;
}

function Loaded<T>({
  resource,
  retry,
  children,
}: {
  resource: Resource<T>;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (resource.state === 'ready') return <>{children(resource.data)}</>;
  if (resource.state === 'loading') return <PageLoading label={t('app.loading')} />;
  return (
    <div className="ds-alert" data-color="danger">
      <p className="mb-3">{t('people.loadFailed')}</p>
      <button type="button" className="ds-button" data-variant="secondary" onClick={retry}>
        {t('auth.retry')}
      </button>
    </div>
  );
}
