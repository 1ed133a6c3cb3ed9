import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/auth/roles';
import type { Person } from '../../../shared/discussion/types';

interface Props {
  id: string;
  open: boolean;
  options: readonly (Person & { role?: Role })[];
  activeIndex: number;
  optionId: (index: number) => string;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}

/**
 * The people matching the "@…" being typed. Always in the DOM (hidden when closed) so the
 * field's aria-controls always points at something. The active option is shown by a frame and
 * weight, not colour alone.
 */
export function MentionListbox({ id, open, options, activeIndex, optionId, onPick, onHover }: Props) {
  const { t } = useTranslation();
  return (
    <div
      id={id}
      role="listbox"
      aria-label={t('discussion.composer.people')}
      hidden={!open}
      className="absolute inset-x-0 top-full z-20 mt-1 max-h-60 overflow-y-auto rounded-md border border-neutral-border-default bg-neutral-background-default py-1 shadow-lg"
    >
      {open &&
        options.map((person, index) => (
          // Keys are handled by the field (aria-activedescendant); the mouse picks here, and
          // mousedown is stopped so the field keeps focus.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={person.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className={`mx-1 cursor-pointer rounded border-2 px-2 py-1 ${index === activeIndex ? 'border-accent-border-strong font-semibold bg-accent-surface-tinted' : 'border-transparent'}`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onHover(index)}
            onClick={() => onPick(index)}
          >
            {person.name}
            {person.role && <span className="ml-2 text-sm font-normal text-neutral-text-subtle">{t(`roles.names.${person.role}`)}</span>}
          </div>
        ))}
    </div>
  );
}
