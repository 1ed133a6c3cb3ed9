import { useId, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'> & {
  label: string;
  description?: string;
  /** Drawn as an on/off switch (role="switch"), for settings that take effect as a whole. */
  asSwitch?: boolean;
};

/** A Designsystemet checkbox or switch with its label and description. */
export function CheckboxField({ label, description, asSwitch = false, ...input }: Props) {
  const id = useId();
  return (
    <div className="ds-field">
      <input
        {...input}
        id={id}
        type="checkbox"
        role={asSwitch ? 'switch' : undefined}
        className="ds-input"
        aria-describedby={description ? `${id}-description` : undefined}
      />
      <label className="ds-label" data-weight="regular" htmlFor={id}>
        {label}
      </label>
      {description && (
        <div data-field="description" id={`${id}-description`}>
          {description}
        </div>
      )}
    </div>
  );
}
