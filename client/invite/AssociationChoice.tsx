import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationSummary } from '../../shared/api/associations';
import { InputLimits } from '../../shared/api/limits';
import { TextField } from '../ui/TextField';

/** `none`, `other`, or the id of a listed association. */
export type AssociationPick = string;
export const NO_ASSOCIATION = 'none';
export const OTHER_ASSOCIATION = 'other';

interface Props {
  associations: readonly AssociationSummary[];
  pick: AssociationPick;
  other: string;
  otherError: boolean;
  onPick: (pick: AssociationPick) => void;
  onOther: (text: string) => void;
}

/** The association someone joins for, as given: a listed name, their own text, or nothing. */
export function chosenAssociation(
  associations: readonly AssociationSummary[],
  pick: AssociationPick,
  other: string,
): string | null {
  if (pick === OTHER_ASSOCIATION) return other.trim() || null;
  return associations.find((a) => a.id === pick)?.name ?? null;
}

/**
 * One choice from the owner's list, "Other" with a text field, or none (the default: it is
 * optional). Radio buttons rather than a drop-down: big targets on a phone, all options visible.
 * Without a list it is a plain text field.
 */
export const AssociationChoice = forwardRef<HTMLInputElement, Props>(function AssociationChoice(
  { associations, pick, other, otherError, onPick, onOther },
  otherRef,
) {
  const { t } = useTranslation();
  const id = useId();
  if (associations.length === 0) {
    return (
      <TextField
        ref={otherRef}
        label={t('joinChoice.legend')}
        description={t('invite.associationDescription')}
        autoComplete="organization"
        maxLength={InputLimits.associationMax}
        value={other}
        onChange={(event) => onOther(event.target.value)}
      />
    );
  }
  const options = [
    { value: NO_ASSOCIATION, label: t('joinChoice.none') },
    ...associations.map((a) => ({ value: a.id, label: a.name })),
    { value: OTHER_ASSOCIATION, label: t('joinChoice.other') },
  ];
  return (
    <fieldset className="ds-fieldset" aria-describedby={`${id}-description`}>
      <legend className="ds-label">{t('joinChoice.legend')}</legend>
      <div data-field="description" id={`${id}-description`} className="mb-2">
        {t('joinChoice.description')}
      </div>
      <div className="flex flex-col gap-2">
        {options.map((option) => (
          <div className="ds-field" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              className="ds-input"
              type="radio"
              name={`${id}-association`}
              value={option.value}
              checked={pick === option.value}
              onChange={() => onPick(option.value)}
            />
            <label
              className="ds-label min-w-0 break-words"
              data-weight="regular"
              htmlFor={`${id}-${option.value}`}
            >
              {option.label}
            </label>
          </div>
        ))}
      </div>
      {pick === OTHER_ASSOCIATION && (
        <TextField
          ref={otherRef}
          className="mt-3"
          label={t('joinChoice.otherLabel')}
          autoComplete="organization"
          maxLength={InputLimits.associationMax}
          value={other}
          error={otherError ? t('joinChoice.otherRequired') : null}
          onChange={(event) => onOther(event.target.value)}
        />
      )}
    </fieldset>
  );
});
