import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../shared/api/auth';
import type { InviteInfoResponse } from '../../shared/api/invites';
import { useAuth } from '../auth/authContext';
import { planPath, workshopsPath } from '../app/paths';
import { fetchInviteInfo, redeemInvite } from '../http/invitesApi';
import { fetchAssociations } from '../associations/associationsApi';
import { useResource } from '../http/useResource';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { InviteUnavailable, type UnavailableReason } from './InviteUnavailable';
import { JoinForm } from './JoinForm';

/** Route `/invite/:token`: what the link is for, then the name to join with. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { resource, reload } = useResource(`invite:${token}`, (signal) =>
    fetchInviteInfo(token, signal),
  );
  // A link that stopped working between loading and joining (raced with a revoke, used up).
  const [lateReason, setLateReason] = useState<UnavailableReason | null>(null);

  if (lateReason) return <InviteUnavailable reason={lateReason} takeFocus />;
  if (resource.state === 'loading') return <PageLoading label={t('invite.loading')} />;
  if (resource.state === 'refused' && resource.status === 404)
    return <InviteUnavailable reason="unknown" />;
  if (resource.state !== 'ready') {
    return (
      <MessagePage title={t('invite.loadFailedTitle')}>
        <p className="ds-paragraph">{t('invite.loadFailed')}</p>
        <button type="button" className="ds-button" data-variant="primary" onClick={reload}>
          {t('auth.retry')}
        </button>
      </MessagePage>
    );
  }
  const info = resource.data;
  if (info.status !== 'active') return <InviteUnavailable reason={info.status} />;
  return <ActiveInvite token={token} info={info} onUnavailable={setLateReason} />;
}

function ActiveInvite({
  token,
  info,
  onUnavailable,
}: {
  token: string;
  info: InviteInfoResponse;
  onUnavailable: (reason: UnavailableReason) => void;
}) {
  const { t } = useTranslation();
  const { accept } = useAuth();
  const navigate = useNavigate();
  // The list to choose from; without it the form still works with free text.
  const list = useResource(`invite-associations:${token}`, (signal) =>
    fetchAssociations(info.planId, signal, token),
  ).resource;
  const associations = list.state === 'ready' ? list.data : [];
  const title = info.planTitle
    ? t('invite.title', { plan: info.planTitle })
    : t('invite.titleNoPlan');
  usePageTitle(title);

  const joined = (response: MeResponse) => {
    accept(response);
    const me = response.me;
    // A guest's session belongs to the plan; staff find it among their plans.
    if (me?.kind !== 'guest') void navigate('/', { replace: true });
    else if (me.role === 'participant') void navigate(workshopsPath(me.planId), { replace: true });
    else void navigate(planPath(me.planId), { replace: true });
  };

  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="ds-heading mb-3" data-size="lg">
        {title}
      </h1>
      {info.role && (
        <div className="mb-8">
          <p className="ds-paragraph">
            {t('invite.roleIntro', { role: t(`roles.nouns.${info.role}`) })}
          </p>
          <p className="ds-paragraph text-neutral-text-subtle">
            {t(`roles.descriptions.${info.role}`)}
          </p>
        </div>
      )}
      {list.state === 'loading' ? (
        <PageLoading label={t('invite.loading')} />
      ) : (
        <JoinForm
          redeem={(body) => redeemInvite(token, body)}
          associations={associations}
          onJoined={joined}
          onUnavailable={onUnavailable}
        />
      )}
    </div>
  );
}
