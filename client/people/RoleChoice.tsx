import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITABLE_ROLES, type InvitableRole } from '../../shared/auth/roles';

/** The roles a link can give, each explained in one line under its name. */
export function RoleChoice({
  value,
  onChange,
}: {
  value: InvitableRole;
  onChange: (role: InvitableRole) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="ds-fieldset">
      <legend className="ds-label">{t('people.roleLegend')}</legend>
      <div className="flex flex-col gap-3">
        {INVITABLE_ROLES.map((role) => (
          <div className="ds-field" key={role}>
            <input
              id={`${id}-${role}`}
              className="ds-input"
              type="radio"
              name={`${id}-role`}
              value={role}
              checked={value === role}
              aria-describedby={`${id}-${role}-description`}
              onChange={() => onChange(role)}
            />
            <label className="ds-label" htmlFor={`${id}-${role}`}>
              {t(`roles.names.${role}`)}
            </label>
            <div data-field="description" id={`${id}-${role}-description`}>
              {t(`roles.descriptions.${role}`)}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
