import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputLimits } from '../../../shared/api/inputs';
import { Icon } from '../../ui/icons';
import { SmallButton } from '../../ui/SmallButton';

interface Props {
  tags: readonly string[];
  /** Tags in use elsewhere in the plan, offered while typing. */
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
}

/**
 * An input's tags: each with a button that removes it, and a field that adds one (Enter or the
 * button). After removing, focus goes to the field, which is always there.
 */
export function TagEditor({ tags, suggestions, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  const add = () => {
    const tag = text.trim();
    if (!tag) return setError(t('inbox.tags.required'));
    if (tags.some((existing) => existing.toLowerCase() === tag.toLowerCase()))
      return setError(t('inbox.tags.duplicate', { tag }));
    if (tags.length >= InputLimits.tagsMax)
      return setError(t('inbox.tags.tooMany', { max: InputLimits.tagsMax }));
    onChange([...tags, tag]);
    setText('');
    setError(null);
  };

  return (
    <fieldset className="ds-fieldset">
      <legend className="ds-label">{t('inbox.tags.legend')}</legend>
      {tags.length === 0 ? (
        <p className="ds-paragraph" data-size="sm">
          {t('inbox.tags.none')}
        </p>
      ) : (
        <ul className="flex flex-wrap gap-2" data-testid="tag-list">
          {tags.map((tag) => (
            <li
              key={tag}
              className="flex items-center gap-1 rounded border border-neutral-border-subtle py-1 pl-2 pr-1"
            >
              <span className="break-all">{tag}</span>
              <SmallButton
                variant="tertiary"
                onClick={() => {
                  onChange(tags.filter((existing) => existing !== tag));
                  fieldRef.current?.focus();
                }}
              >
                <Icon name="close" className="size-4" />
                <span className="ds-sr-only">{t('inbox.tags.remove', { tag })}</span>
              </SmallButton>
            </li>
          ))}
        </ul>
      )}
      <div className="ds-field">
        <label className="ds-label" data-weight="regular" htmlFor={`${id}-new`}>
          {t('inbox.tags.newLabel')}
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <input
            ref={fieldRef}
            id={`${id}-new`}
            className="ds-input w-auto"
            list={`${id}-suggestions`}
            value={text}
            maxLength={InputLimits.tagMax}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              // Enter adds the tag here instead of saving the whole form.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <datalist id={`${id}-suggestions`}>
            {suggestions
              .filter((tag) => !tags.includes(tag))
              .map((tag) => (
                <option key={tag} value={tag} />
              ))}
          </datalist>
          <SmallButton variant="secondary" onClick={add}>
            {t('inbox.tags.add')}
          </SmallButton>
        </div>
        {error && (
          <p className="ds-validation-message" data-color="danger" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
