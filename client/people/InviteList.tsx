import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteSummary } from '../../shared/api/invites';
import { revokeInvite } from '../http/invitesApi';
import { useAnnounce } from '../ui/announcerContext';
import { useFocusRequest } from '../ui/useFocusRequest';
import { principalOf, useAuth } from '../auth/authContext';
import { FormMessage } from '../ui/FormMessage';
import { InviteItem, inviteName } from './InviteItem';
import { RevokeInviteDialog } from './RevokeInviteDialog';

interface Props {
  planId: string;
  invites: InviteSummary[];
  onChanged: () => void;
}

/**
 * The plan's links, newest first; active ones can be revoked after a confirmation that says what
 * happens to the people who came in through them.
 */
export function InviteList({ planId, invites, onChanged }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const self = principalOf(useAuth().me);
  const [confirming, setConfirming] = useState<InviteSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { containerRef, requestFocus } = useFocusRequest<HTMLDivElement>();

  const revoke = async (invite: InviteSummary, removeMembers: string[]) => {
    setMessage(null);
    try {
      const { removed } = await revokeInvite(planId, invite.id, removeMembers);
      const revoked = t('people.revoked', { name: inviteName(invite, t) });
      announce(
        removed.length === 0
          ? revoked
          : `${revoked} ${t('people.revokedRemoved', { count: removed.length })}`,
      );
      // Its button goes away with the link's new status; focus stays with the link.
      requestFocus([`[data-invite-id="${CSS.escape(invite.id)}"] h3`]);
      onChanged();
    } catch {
      setMessage(t('people.revokeFailed'));
    }
  };

  const sorted = [...invites].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <div ref={containerRef}>
      <FormMessage message={message} />
      {sorted.length === 0 ? (
        <p className="ds-paragraph text-neutral-text-subtle">{t('people.noLinks')}</p>
      ) : (
        <ul className="divide-y divide-neutral-border-subtle border-y border-neutral-border-subtle">
          {sorted.map((invite) => (
            <InviteItem key={invite.id} invite={invite} onRevoke={setConfirming} />
          ))}
        </ul>
      )}
      {confirming && (
        <RevokeInviteDialog
          invite={confirming}
          self={self}
          onConfirm={(removeMembers) => void revoke(confirming, removeMembers)}
          onClose={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
