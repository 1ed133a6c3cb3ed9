import type { ReactNode } from 'react';

/** The attributes that tie a control to its hint and its error (and mark it invalid). */
export function controlProps(id: string, hint: boolean, error: string | null | undefined) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

/** A Designsystemet field: label, hint, the control, and its error under it. */
export function Field(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}) {
  const { id, label, hint, error, children } = props;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div data-field="description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {children}
      {error && (
        <p className="ds-validation-message break-words" data-color="danger" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
