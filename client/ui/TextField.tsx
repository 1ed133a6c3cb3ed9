import { forwardRef, useId, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & {
  label: string;
  description?: string;
  /** Shown under the field and tied to it; the field is marked invalid while there is one. */
  error?: string | null;
  className?: string;
};

/** A labelled Designsystemet text field with its description and validation message. */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField(
  { label, description, error, className, ...input },
  ref,
) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`ds-field ${className ?? ''}`}>
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description && (
        <div data-field="description" id={`${id}-description`}>
          {description}
        </div>
      )}
      <input
        {...input}
        ref={ref}
        id={id}
        className="ds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p className="ds-validation-message" data-color="danger" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
});
