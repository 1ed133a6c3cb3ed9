import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTITY_COLORS, IDENTITY_COLOR_NAMES } from './identity';

interface Props {
  value: string;
  onChange: (color: string) => void;
}

/** The colour others see a person's caret and presence in; each colour has a name. */
export function ColorPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="ds-fieldset">
      <legend className="ds-label">{t('identity.colorLegend')}</legend>
      <div className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        {IDENTITY_COLOR_NAMES.map((colorName) => {
          const color = IDENTITY_COLORS[colorName];
          const inputId = `${id}-${colorName}`;
          return (
            <div className="ds-field" key={colorName}>
              <input
                id={inputId}
                className="ds-input"
                type="radio"
                name={`${id}-color`}
                value={color}
                checked={value === color}
                onChange={() => onChange(color)}
              />
              <label className="ds-label flex items-center gap-2" htmlFor={inputId}>
                <span
                  aria-hidden="true"
                  className="inline-block size-4 rounded-full"
                  style={{ backgroundColor: color }}
                />
                {t(`identity.colors.${colorName}`)}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
