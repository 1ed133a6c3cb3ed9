import { useEffect, useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** How long typing must pause before the search runs (one request per thought, not per key). */
export const SEARCH_DEBOUNCE_MS = 350;

/** The inbox's search field: what is typed goes to the URL (and the server) once typing pauses. */
export function SearchBox({
  value,
  onSearch,
  inputRef,
}: {
  value: string;
  onSearch: (q: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);

  // The URL changed without typing (back button, "clear filters"): show what it says.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }

  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {t('inbox.filters.search')}
      </label>
      <div data-field="description" id={`${id}-help`}>
        {t('inbox.filters.searchHelp')}
      </div>
      <input
        ref={inputRef}
        id={id}
        type="search"
        className="ds-input"
        value={text}
        maxLength={200}
        aria-describedby={`${id}-help`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches at once, without waiting for the pause.
          if (event.key === 'Enter') onSearch(text.trim());
        }}
      />
    </div>
  );
}
