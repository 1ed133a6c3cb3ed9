import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionKey } from '../../shared/api/inputs';
import { sectionOptionLabel } from './labels';
import type { SectionOption } from './sections';

interface Props {
  label: string;
  description?: string;
  value: SectionKey | null;
  options: readonly SectionOption[];
  /** The label to show for a value the current draft no longer has (a removed strategy). */
  currentLabel?: string;
  /** The wording of "nothing chosen", when nothing is a valid choice. */
  noneLabel?: string;
  onChange: (value: SectionKey | null) => void;
}

/** A choice of the plan's sections (the whole plan, a focus area, a strategy). */
export function SectionSelect({
  label,
  description,
  value,
  options,
  currentLabel,
  noneLabel,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const missing = value !== null && !options.some((option) => option.key === value);
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description && (
        <div data-field="description" id={`${id}-description`}>
          {description}
        </div>
      )}
      <select
        id={id}
        className="ds-input w-full"
        value={value ?? ''}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(event) =>
          onChange(event.target.value ? (event.target.value as SectionKey) : null)
        }
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {missing && <option value={value}>{currentLabel ?? t('inbox.section.removed')}</option>}
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {sectionOptionLabel(t, option)}
          </option>
        ))}
      </select>
    </div>
  );
}
