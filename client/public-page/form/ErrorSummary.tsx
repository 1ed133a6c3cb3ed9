import { useEffect, useRef } from 'react';
import { usePage } from '../context';
import type { FormError } from '../formErrors';

/**
 * What must be fixed, each linked to its field. It takes focus each time the form is refused
 * (`attempt` changes), so a screen reader reads it and a keyboard user starts from it.
 */
export function ErrorSummary({
  errors,
  attempt,
}: {
  errors: readonly FormError[];
  attempt: number;
}) {
  const { t } = usePage();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="ds-error-summary mb-6"
      tabIndex={-1}
      aria-labelledby="error-summary-heading"
    >
      <h2 id="error-summary-heading" className="ds-heading" data-size="xs">
        {t('errorSummary')}
      </h2>
      <ul className="list-disc pl-6">
        {errors.map((error) => (
          <li key={error.message} className="break-words">
            {error.field ? (
              <a
                className="ds-link"
                href={`#${error.field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.field ?? '')?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
