import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENCE_PALETTE, type PresenceColor } from '../../shared/presence/palette';

interface Props {
  /** The checked colour; null checks none (not known yet). */
  value: string | null;
  /** The colour and its name in the page's language (for saying what was chosen). */
  onChange: (color: PresenceColor, label: string) => void;
  legend: string;
  /** Read out with the group, after its name. */
  description?: string;
  className?: string;
  /** Shown under the colours, e.g. a message that saving failed. */
  children?: ReactNode;
}

/**
 * The colours others can see a person's caret and presence in: a radio group (arrow keys move
 * and choose), each colour named, so colour is never the only cue.
 */
export function ColorPicker({ value, onChange, legend, description, className, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <fieldset
      className={['ds-fieldset', className].filter(Boolean).join(' ')}
      aria-describedby={description === undefined ? undefined : descriptionId}
    >
      <legend className="ds-label">{legend}</legend>
      {description !== undefined && (
        <p id={descriptionId} className="ds-paragraph" data-size="sm">
          {description}
        </p>
      )}
      <div className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        {PRESENCE_PALETTE.map(({ name, hex }) => {
          const inputId = `${id}-${name}`;
          const label = t(`identity.colors.${name}`);
          return (
            <div className="ds-field" key={name}>
              <input
                id={inputId}
                className="ds-input"
                type="radio"
                name={`${id}-color`}
                value={hex}
                checked={value === hex}
                onChange={() => onChange(hex, label)}
              />
              <label className="ds-label flex items-center gap-2" htmlFor={inputId}>
                <span
                  aria-hidden="true"
                  className="inline-block size-4 rounded-full"
                  style={{ backgroundColor: hex }}
                />
                {label}
              </label>
            </div>
          );
        })}
      </div>
      {children}
    </fieldset>
  );
}
