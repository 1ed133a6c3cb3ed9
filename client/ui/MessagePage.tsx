import { useEffect, useRef, type ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

interface Props {
  title: string;
  children: ReactNode;
  /**
   * Move focus to the heading when shown in place of something the person was using (a form
   * that was refused, a plan whose access was withdrawn), so they are not left on nothing.
   */
  takeFocus?: boolean;
}

/** A page that explains a situation (no access, a link that expired) and what to do next. */
export function MessagePage({ title, children, takeFocus = false }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, [takeFocus]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 ref={headingRef} tabIndex={-1} className="ds-heading mb-4 outline-none" data-size="lg">
        {title}
      </h1>
      <div className="flex flex-col items-start gap-4">{children}</div>
    </div>
  );
}
