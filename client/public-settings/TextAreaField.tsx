import { forwardRef, useId, type TextareaHTMLAttributes } from 'react';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> & {
  label: string;
  description?: string;
  /** Shown under the field and tied to it; the field is marked invalid while there is one. */
  error?: string | null;
};

/** A labelled Designsystemet text area, the multi-line sibling of ui/TextField. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, Props>(function TextAreaField(
  { label, description, error, ...area },
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
      <textarea
        {...area}
        ref={ref}
        id={id}
        rows={area.rows ?? 3}
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
