import type { ReactNode } from 'react';

/** One part of the plan's page: a region named by its h2. */
export function HomeSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="ds-heading mb-3" data-size="sm">
        {title}
      </h2>
      {children}
    </section>
  );
}
