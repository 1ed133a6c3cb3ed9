import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading whose level depends on where the board is placed (participant page or lead page). */
export function Heading({
  level,
  id,
  size = 'xs',
  className = '',
  children,
}: {
  level: HeadingLevel;
  id?: string;
  size?: 'xs' | '2xs' | 'sm';
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`ds-heading break-words ${className}`} data-size={size}>
      {children}
    </Tag>
  );
}

export function deeper(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}
