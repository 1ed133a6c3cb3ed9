import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Person } from '../../../shared/discussion/types';
import { insertMention, matchPeople, mentionQueryAt, type MentionQuery } from './mentions';

interface Options<P extends Person> {
  textarea: RefObject<HTMLTextAreaElement | null>;
  body: string;
  setBody: (body: string) => void;
  /** Who may be mentioned (the writer left out). */
  people: readonly P[];
  /** Ids picked before (editing a message), so shared names stay resolved. */
  initialPicked?: readonly string[];
}

/**
 * The "@name" autocomplete of a comment field, as a combobox whose popup is a listbox: focus
 * stays in the field, the arrow keys move the active option (aria-activedescendant), Enter or
 * Tab picks it, and Escape (or leaving the field) closes the list until the next keystroke.
 */
export function useMentionCombobox<P extends Person>({ textarea, body, setBody, people, initialPicked = [] }: Options<P>) {
  const listboxId = useId();
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [picked, setPicked] = useState<readonly string[]>(initialPicked);
  const caretAfter = useRef<number | null>(null);

  const options = useMemo(() => (query ? matchPeople(people, query.query) : []), [people, query]);
  const open = query !== null && options.length > 0 && dismissedAt !== query.start;
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  /** Follows the caret: typing (which reopens a closed list), clicking, the arrow keys. */
  const follow = useCallback((typed = false) => {
    const field = textarea.current;
    if (!field) return;
    const next = field.selectionStart === field.selectionEnd ? mentionQueryAt(field.value, field.selectionStart) : null;
    if (query?.start !== next?.start || query?.query !== next?.query) {
      setQuery(next);
      setActive(0);
    }
    if (typed || next === null || next.start !== dismissedAt) setDismissedAt(null);
  }, [textarea, query, dismissedAt]);

  const dismiss = useCallback(() => {
    if (query) setDismissedAt(query.start);
  }, [query]);

  const pick = useCallback(
    (person: P) => {
      const field = textarea.current;
      if (!field || !query) return;
      const result = insertMention(body, query, field.selectionStart, person.name);
      setBody(result.text);
      setPicked((current) => (current.includes(person.id) ? current : [...current, person.id]));
      // Closed until the next keystroke, though "@Kari " still begins "Kari Nordmann".
      setDismissedAt(query.start);
      caretAfter.current = result.caret;
    },
    [textarea, query, body, setBody],
  );

  // The caret goes after the inserted name once the new text is in the field.
  useLayoutEffect(() => {
    const field = textarea.current;
    if (caretAfter.current === null || !field) return;
    field.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  });

  /** True when the key was the list's (the field should not act on it). */
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
      if (!open || !query) return false;
      const move = (to: number) => {
        event.preventDefault();
        setActive((to + options.length) % options.length);
        return true;
      };
      switch (event.key) {
        case 'ArrowDown':
          return move(activeIndex + 1);
        case 'ArrowUp':
          return move(activeIndex - 1);
        case 'Home':
          return event.ctrlKey ? move(0) : false;
        case 'End':
          return event.ctrlKey ? move(options.length - 1) : false;
        case 'Enter':
        case 'Tab': {
          const person = options[activeIndex];
          if (!person || event.shiftKey) return false;
          event.preventDefault();
          pick(person);
          return true;
        }
        case 'Escape':
          // The list closes; the panel (a dialog on phones) must not close with it.
          event.preventDefault();
          event.stopPropagation();
          setDismissedAt(query.start);
          return true;
        default:
          return false;
      }
    },
    [open, query, options, activeIndex, pick],
  );

  const reset = useCallback(() => {
    setQuery(null);
    setPicked([]);
  }, []);

  return { listboxId, optionId, open, options, activeIndex, setActive, follow, dismiss, pick, onKeyDown, picked, reset };
}
