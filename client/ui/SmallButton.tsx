import type { ComponentPropsWithRef } from 'react';

type Props = Omit<ComponentPropsWithRef<'button'>, 'className' | 'color'> & {
  variant: 'primary' | 'secondary' | 'tertiary';
  color?: 'danger';
};

/**
 * A small Designsystemet button, the one used for actions inside a list row or card, so those
 * rows share one place for its classes and data attributes. A plain `type="button"` unless told.
 */
export function SmallButton({ variant, color, type = 'button', ...button }: Props) {
  return (
    <button
      {...button}
      type={type}
      className="ds-button"
      data-variant={variant}
      data-color={color}
      data-size="sm"
    />
  );
}
