import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../shared/api/members';
import type { Role } from '../../shared/auth/roles';
import { principalOf, useAuth } from '../auth/authContext';
import { changeRole, removeMember } from '../http/membersApi';
import { useAnnounce } from '../ui/announcerContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FormMessage } from '../ui/FormMessage';
import { MemberRow } from './MemberRow';

interface Props {
  planId: string;
  members: MemberSummary[];
  onChanged: () => void;
  /** Where focus goes after a person was removed (their row is gone). */
  onRemoved: () => void;
}

/** Everyone with a role in the plan; an owner changes roles or removes people here. */
export function MemberList({ planId, members, onChanged, onRemoved }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const self = principalOf(useAuth().me);
  const [confirming, setConfirming] = useState<MemberSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const setRole = async (member: MemberSummary, role: Role) => {
    setMessage(null);
    try {
      await changeRole(planId, member.principal, role);
      announce(t('people.roleChanged', { name: member.name, role: t(`roles.nouns.${role}`) }));
    } catch {
      setMessage(t('people.roleChangeFailed', { name: member.name }));
    }
    onChanged();
  };

  const remove = async (member: MemberSummary) => {
    setMessage(null);
    try {
      await removeMember(planId, member.principal);
      announce(t('people.removed', { name: member.name }));
      onRemoved();
    } catch {
      setMessage(t('people.removeFailed', { name: member.name }));
    }
    onChanged();
  };

  return (
    <>
      <FormMessage message={message} />
      {members.length === 0 ? (
        <p className="ds-paragraph text-neutral-text-subtle">{t('people.noMembers')}</p>
      ) : (
        <table className="ds-table w-full" data-border="true">
          <thead>
            <tr>
              <th scope="col">{t('people.nameColumn')}</th>
              <th scope="col">{t('people.roleColumn')}</th>
              <th scope="col">
                <span className="ds-sr-only">{t('people.actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow
                key={member.principal}
                member={member}
                isSelf={member.principal === self}
                onRoleChange={(changed, role) => void setRole(changed, role)}
                onRemove={setConfirming}
              />
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('people.removeTitle', { name: confirming.name })}
          text={t('people.removeText', { name: confirming.name })}
          confirmLabel={t('people.remove')}
          cancelLabel={t('people.cancel')}
          onConfirm={() => void remove(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </>
  );
}
