import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../shared/api/members';
import { ROLES, isRole, type Role } from '../../shared/auth/roles';
import { SmallButton } from '../ui/SmallButton';
import { inviteName } from './InviteItem';

interface Props {
  member: MemberSummary;
  isSelf: boolean;
  onRoleChange: (member: MemberSummary, role: Role) => void;
  onRemove: (member: MemberSummary) => void;
}

/** One person in the plan: who, their role (changeable), and removing them. */
export function MemberRow({ member, isSelf, onRoleChange, onRemove }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  // Chosen first, then saved: arrowing through a select must not hand out each role in turn.
  const [chosen, setChosen] = useState<Role | null>(null);
  const changed = chosen !== null && chosen !== member.role;
  const selectRef = useRef<HTMLSelectElement>(null);
  return (
    <tr data-principal={member.principal}>
      <th scope="row" className="font-normal">
        <span className="font-semibold">{member.name}</span>
        {isSelf && <span> {t('people.you')}</span>}
        <span className="block text-sm text-neutral-text-subtle">
          {member.kind === 'guest' ? t('people.kindGuest') : t('people.kindUser')}
          {member.association && ` · ${member.association}`}
          {member.joinedThrough &&
            ` · ${t('people.joinedThrough', { name: inviteName(member.joinedThrough, t) })}`}
        </span>
      </th>
      <td>
        {isSelf ? (
          t(`roles.names.${member.role}`)
        ) : (
          <>
            <label htmlFor={selectId} className="ds-sr-only">
              {t('people.roleFor', { name: member.name })}
            </label>
            <select
              ref={selectRef}
              id={selectId}
              className="ds-input w-auto"
              data-size="sm"
              value={chosen ?? member.role}
              onChange={(event) => {
                if (isRole(event.target.value)) setChosen(event.target.value);
              }}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.names.${role}`)}
                </option>
              ))}
            </select>
            {changed && (
              <button
                type="button"
                className="ds-button ml-2"
                data-variant="primary"
                data-size="sm"
                aria-label={t('people.saveRoleLabel', { name: member.name })}
                onClick={() => {
                  // The button goes once the role is saved; focus stays with the role.
                  selectRef.current?.focus();
                  if (chosen) onRoleChange(member, chosen);
                }}
              >
                {t('people.saveRole')}
              </button>
            )}
          </>
        )}
      </td>
      <td>
        {!isSelf && (
          <SmallButton
            variant="tertiary"
            color="danger"
            aria-label={t('people.removeLabel', { name: member.name })}
            onClick={() => onRemove(member)}
          >
            {t('people.remove')}
          </SmallButton>
        )}
      </td>
    </tr>
  );
}
