import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteSummary } from '../../shared/api/invites';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { inviteName } from './InviteItem';

interface Props {
  invite: InviteSummary;
  /** The owner's own principal: they are never offered for removal. */
  self: string | null;
  /** Receives the principals of the staff to remove along with the link. */
  onConfirm: (removeMembers: string[]) => void;
  onClose: () => void;
}

/**
 * Says plainly what revoking does to whoever came in through the link (guests lose access, staff
 * keep their role) and lets the owner remove the staff in the same step, person by person.
 */
export function RevokeInviteDialog({ invite, self, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [removing, setRemoving] = useState<readonly string[]>([]);
  const guests = invite.joined.length;
  const staff = invite.joinedStaff;
  const removable = staff.filter((person) => person.principal !== self);

  const toggle = (principal: string, checked: boolean) =>
    setRemoving((current) =>
      checked ? [...current, principal] : current.filter((chosen) => chosen !== principal),
    );

  return (
    <ConfirmDialog
      title={t('people.revokeTitle', { name: inviteName(invite, t) })}
      confirmLabel={
        removing.length === 0
          ? t('people.revokeConfirm')
          : t('people.revokeAndRemove', { count: removing.length })
      }
      cancelLabel={t('people.cancel')}
      onConfirm={() => onConfirm([...removing])}
      onClose={onClose}
    >
      <p className="ds-paragraph mb-4">
        {t('people.revokeStops')} {guests > 0 && t('people.revokeGuests', { count: guests })}
        {guests === 0 && staff.length === 0 && t('people.revokeNobody')}
      </p>
      {staff.length > 0 && (
        <fieldset className="ds-fieldset mb-6 flex flex-col gap-2">
          <legend className="ds-label mb-2" data-weight="regular">
            {t('people.revokeStaff', { count: staff.length })}
          </legend>
          {removable.length > 1 && (
            <div className="ds-field">
              <input
                id={`${id}-all`}
                type="checkbox"
                className="ds-input"
                checked={removing.length === removable.length}
                onChange={(event) =>
                  setRemoving(
                    event.target.checked ? removable.map((person) => person.principal) : [],
                  )
                }
              />
              <label className="ds-label" data-weight="regular" htmlFor={`${id}-all`}>
                {t('people.revokeRemoveAll', { count: removable.length })}
              </label>
            </div>
          )}
          {staff.map((person) => {
            const role = t(`roles.nouns.${person.role}`);
            if (person.principal === self)
              return (
                <p key={person.principal} className="ds-paragraph">
                  {t('people.revokeStaffSelf', { name: person.name, role })}
                </p>
              );
            const inputId = `${id}-${person.principal}`;
            return (
              <div className="ds-field" key={person.principal}>
                <input
                  id={inputId}
                  type="checkbox"
                  className="ds-input"
                  checked={removing.includes(person.principal)}
                  onChange={(event) => toggle(person.principal, event.target.checked)}
                />
                <label className="ds-label" data-weight="regular" htmlFor={inputId}>
                  {t('people.revokeRemovePerson', { name: person.name, role })}
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </ConfirmDialog>
  );
}
