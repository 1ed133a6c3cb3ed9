import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscussionLimits } from '../../../shared/discussion/limits';
import { SubmitButton } from '../../ui/SubmitButton';
import { useDiscussionContext } from './discussionContext';
import { ErrorText } from './ErrorText';
import { MentionListbox } from './MentionListbox';
import { mentionedIds } from './mentions';
import { useDiscussionPanel } from './panelContext';
import { useMentionCombobox } from './useMentionCombobox';

interface Props {
  /** The field's visible label ("Svar", "Kommentar", "Endre meldingen"). */
  label: string;
  submitLabel: string;
  initialBody?: string;
  initialMentions?: readonly string[];
  /** Resolves with the refusal in words, or null when it went through (the field then empties). */
  onSubmit: (body: string, mentions: string[]) => Promise<string | null>;
  onCancel?: () => void;
  fieldRef?: RefObject<HTMLTextAreaElement | null>;
  /** Focus the field when it appears: the person just chose to write (an edit, a comment on a suggestion). */
  focusOnMount?: boolean;
}

const format = (value: number, language: string | undefined) => value.toLocaleString(language ?? 'nb');

/**
 * A comment field with "@name" mentions (ids sent beside the text), a character counter and
 * the server's refusal shown next to it. Ctrl+Enter (⌘+Enter) sends.
 */
export function CommentComposer({ label, submitLabel, initialBody = '', initialMentions, onSubmit, onCancel, fieldRef, focusOnMount = false }: Props) {
  const { t, i18n } = useTranslation();
  const discussion = useDiscussionContext();
  const panel = useDiscussionPanel();
  const id = useId();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const textarea = fieldRef ?? ownRef;
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const meId = discussion?.me?.id ?? null;
  const people = useMemo(() => (panel?.people ?? []).filter((person) => person.id !== meId), [panel?.people, meId]);
  const combobox = useMentionCombobox({ textarea, body, setBody, people, initialPicked: initialMentions });

  useEffect(() => {
    if (focusOnMount) textarea.current?.focus();
  }, [focusOnMount, textarea]);

  const length = body.length;
  const over = length - DiscussionLimits.body;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const mentions = mentionedIds(body, panel?.people ?? [], combobox.picked);
    const problem =
      body.trim() === ''
        ? t('discussion.composer.empty')
        : over > 0
          ? t('discussion.errors.too-long')
          : mentions.length > DiscussionLimits.mentions
            ? t('discussion.errors.too-many-mentions')
            : null;
    setError(problem);
    if (problem) {
      textarea.current?.focus();
      return;
    }
    setBusy(true);
    const refusal = await onSubmit(body.trim(), mentions);
    setBusy(false);
    setError(refusal);
    if (refusal === null) {
      setBody('');
      combobox.reset();
    }
  };

  const describedBy = [`${id}-hint`, `${id}-count`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="mt-3 flex flex-col gap-1">
      <label htmlFor={id} className="ds-label" data-weight="medium">
        {label}
      </label>
      <div className="relative">
        <textarea
          ref={textarea}
          id={id}
          // A multi-line combobox: the popup offers people to mention (as Ariakit's and
          // GitHub's comment fields do); the list is announced through aria-activedescendant.
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={combobox.open}
          aria-controls={combobox.listboxId}
          aria-activedescendant={combobox.open ? combobox.optionId(combobox.activeIndex) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error || over > 0 ? true : undefined}
          className="ds-input min-h-24 w-full"
          rows={3}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            combobox.follow(true);
          }}
          onSelect={() => combobox.follow()}
          onBlur={combobox.dismiss}
          onKeyDown={(event) => {
            if (combobox.onKeyDown(event)) return;
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            } else if (event.key === 'Escape' && body.trim() !== '') {
              // Unsent words are not thrown away by Escape closing the panel around them.
              event.preventDefault();
            }
          }}
        />
        <MentionListbox
          id={combobox.listboxId}
          open={combobox.open}
          options={combobox.options}
          activeIndex={combobox.activeIndex}
          optionId={combobox.optionId}
          onPick={(index) => {
            const person = combobox.options[index];
            if (person) combobox.pick(person);
          }}
          onHover={combobox.setActive}
        />
      </div>
      <p id={`${id}-hint`} className="text-sm text-neutral-text-subtle">
        {t('discussion.composer.hint')}
      </p>
      <p id={`${id}-count`} className={`text-sm ${over > 0 ? 'font-semibold text-danger-text-default' : 'text-neutral-text-subtle'}`}>
        {over > 0
          ? t('discussion.composer.tooLong', { over: format(over, i18n.resolvedLanguage), max: format(DiscussionLimits.body, i18n.resolvedLanguage) })
          : t('discussion.composer.count', { count: length, shown: format(length, i18n.resolvedLanguage), max: format(DiscussionLimits.body, i18n.resolvedLanguage) })}
      </p>
      <ErrorText error={error} id={`${id}-error`} />
      <div className="mt-1 flex flex-wrap gap-2">
        <SubmitButton busy={busy} label={submitLabel} busyLabel={t('discussion.composer.sending')} />
        {onCancel && (
          <button type="button" className="ds-button" data-variant="secondary" onClick={onCancel}>
            {t('discussion.composer.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
