import { forwardRef, useId, type ReactNode, type SelectHTMLAttributes } from 'react';

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
  label: string;
  description?: string;
  error?: string | null;
  children: ReactNode;
};

/** A labelled Designsystemet select with its description and validation message. */
export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField(
  { label, description, error, children, ...select },
  ref,
) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
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
        {...select}
        ref={ref}
        id={id}
        className="ds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {children}
      </select>
      {error && (
        <p className="ds-validation-message" data-color="danger" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
});
