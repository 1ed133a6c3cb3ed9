import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IDENTITY_COLORS,
  IDENTITY_COLOR_NAMES,
  MAX_NAME_LENGTH,
  randomColor,
  type Identity,
} from './identity';

interface Props {
  initial: Identity | null;
  submitLabel: string;
  onSubmit: (identity: Identity) => void;
  onCancel?: () => void;
  /** Focus the name field when shown: the first-visit form and the dialog exist to ask this. */
  focusOnMount?: boolean;
}

/** Name and colour: the only things others see of a person in this version (no accounts). */
export function IdentityForm({ initial, submitLabel, onSubmit, onCancel, focusOnMount }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initial?.name ?? '');
  const [color, setColor] = useState(() => initial?.color ?? randomColor());
  const [error, setError] = useState(false);

  useEffect(() => {
    if (focusOnMount) nameRef.current?.focus();
  }, [focusOnMount]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(true);
      nameRef.current?.focus();
      return;
    }
    onSubmit({ name: trimmed.slice(0, MAX_NAME_LENGTH), color });
  };

  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-name`}>
          {t('identity.nameLabel')}
        </label>
        <div data-field="description" id={descriptionId}>
          {t('identity.nameDescription')}
        </div>
        <input
          ref={nameRef}
          id={`${id}-name`}
          className="ds-input"
          type="text"
          autoComplete="nickname"
          maxLength={MAX_NAME_LENGTH}
          value={name}
          aria-invalid={error || undefined}
          aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
          onChange={(event) => {
            setName(event.target.value);
            if (error && event.target.value.trim()) setError(false);
          }}
        />
        {error && (
          <p className="ds-validation-message" data-color="danger" id={errorId}>
            {t('identity.nameRequired')}
          </p>
        )}
      </div>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t('identity.colorLegend')}</legend>
        <div className="grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
          {IDENTITY_COLOR_NAMES.map((colorName) => {
            const value = IDENTITY_COLORS[colorName];
            const inputId = `${id}-color-${colorName}`;
            return (
              <div className="ds-field" key={colorName}>
                <input
                  id={inputId}
                  className="ds-input"
                  type="radio"
                  name={`${id}-color`}
                  value={value}
                  checked={color === value}
                  onChange={() => setColor(value)}
                />
                <label className="ds-label flex items-center gap-2" htmlFor={inputId}>
                  <span
                    aria-hidden="true"
                    className="inline-block size-4 rounded-full"
                    style={{ backgroundColor: value }}
                  />
                  {t(`identity.colors.${colorName}`)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="ds-button" data-variant="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="ds-button" data-variant="secondary" onClick={onCancel}>
            {t('identity.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
