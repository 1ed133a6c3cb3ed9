import type { ReactNode } from 'react';

/** The page's one h1; focusable from script, so navigation can move reading to it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="ds-heading mb-4 break-words" data-size="lg" tabIndex={-1}>
      {children}
    </h1>
  );
}
