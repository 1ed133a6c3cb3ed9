import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INPUT_STATUSES, InputLimits, type InputItem } from '../../../shared/api/inputs';
import { comparePath } from '../../app/paths';
import { updateInput } from '../../http/inputsApi';
import { useAnnounce } from '../../ui/announcerContext';
import { FormMessage } from '../../ui/FormMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { ChoiceGroup } from '../ChoiceGroup';
import { SectionSelect } from '../SectionSelect';
import type { SectionOption } from '../sections';
import { changesOf, draftOf, isDirty, type HandlingDraft, type References } from './handlingDraft';
import { TagEditor } from './TagEditor';

interface Props {
  planId: string;
  /** The input as last read from the server. */
  input: InputItem;
  references: References;
  /** Every input's reference, offered when marking a duplicate. */
  referenceList: readonly string[];
  tagSuggestions: readonly string[];
  sections: readonly SectionOption[];
  /** The version the input was given on (the consulted one), for the compare link. */
  consultedVersionId: string | null;
  onSaved: (input: InputItem) => void;
}

function TextArea({
  label,
  description,
  value,
  max,
  rows,
  onChange,
}: {
  label: string;
  description: string;
  value: string;
  max: number;
  rows: number;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      <div data-field="description" id={`${id}-description`}>
        {description}
      </div>
      <textarea
        id={id}
        className="ds-input"
        rows={rows}
        maxLength={max}
        value={value}
        aria-describedby={`${id}-description`}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/**
 * How the case officer handles one input: status, section, tags, duplicate, summary, the
 * assessment and the change it led to; saved together. When someone else changes the input
 * meanwhile, an untouched form takes their version; a form with unsaved work keeps it and says
 * so (saving sends only the fields changed here).
 */
export function HandlingForm(props: Props) {
  const { planId, input, references, sections, consultedVersionId, onSaved } = props;
  const { t } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const [start, setStart] = useState(input);
  const [draft, setDraft] = useState<HandlingDraft>(() => draftOf(input, references));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [duplicateError, setDuplicateError] = useState<string | null>(null);

  const dirty = isDirty(start, draft, references);
  if (input.updatedAt !== start.updatedAt && !dirty) {
    setStart(input);
    setDraft(draftOf(input, references));
  }
  const changedElsewhere = input.updatedAt !== start.updatedAt;
  const change = (fields: Partial<HandlingDraft>) => {
    setDraft((current) => ({ ...current, ...fields }));
    setSavedAt(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const changes = changesOf(start, draft, references);
    if (!changes.ok) {
      setDuplicateError(t(`inbox.handling.${changes.problem}`));
      return;
    }
    setDuplicateError(null);
    setError(null);
    setBusy(true);
    try {
      const saved =
        Object.keys(changes.body).length > 0
          ? await updateInput(planId, input.id, changes.body)
          : input;
      setStart(saved);
      setDraft(draftOf(saved, references));
      setSavedAt(Date.now());
      announce(t('inbox.handling.saved', { reference: saved.reference }));
      onSaved(saved);
    } catch {
      setError(t('inbox.handling.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="flex flex-col gap-6"
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`} className="ds-heading" data-size="sm">
        {t('inbox.handling.heading')}
      </h2>
      {changedElsewhere && (
        <div className="ds-alert" data-color="warning">
          <p>{t('inbox.handling.changedElsewhere')}</p>
        </div>
      )}
      <ChoiceGroup
        legend={t('inbox.handling.status')}
        value={draft.status}
        choices={INPUT_STATUSES.map((status) => ({
          value: status,
          label: t(`inbox.status.${status}`),
        }))}
        onChange={(status) => change({ status })}
      />

      <SectionSelect
        label={t('inbox.handling.section')}
        description={t('inbox.handling.sectionHelp')}
        value={draft.section}
        options={sections}
        currentLabel={input.sectionLabel}
        onChange={(section) => change({ section: section ?? 'plan' })}
      />

      <TagEditor
        tags={draft.tags}
        suggestions={props.tagSuggestions}
        onChange={(tags) => change({ tags })}
      />

      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-duplicate`}>
          {t('inbox.handling.duplicateOf')}
        </label>
        <div data-field="description" id={`${id}-duplicate-help`}>
          {t('inbox.handling.duplicateHelp')}
        </div>
        <input
          id={`${id}-duplicate`}
          className="ds-input w-full sm:w-64"
          list={`${id}-references`}
          value={draft.duplicateOf}
          maxLength={40}
          autoComplete="off"
          aria-invalid={duplicateError ? true : undefined}
          aria-describedby={`${id}-duplicate-help${duplicateError ? ` ${id}-duplicate-error` : ''}`}
          onChange={(event) => change({ duplicateOf: event.target.value })}
        />
        <datalist id={`${id}-references`}>
          {props.referenceList
            .filter((reference) => reference !== input.reference)
            .map((reference) => (
              <option key={reference} value={reference} />
            ))}
        </datalist>
        {duplicateError && (
          <p className="ds-validation-message" data-color="danger" id={`${id}-duplicate-error`}>
            {duplicateError}
          </p>
        )}
      </div>

      <TextArea
        label={t('inbox.handling.summary')}
        description={t('inbox.handling.summaryHelp')}
        value={draft.summary}
        max={InputLimits.summaryMax}
        rows={3}
        onChange={(summary) => change({ summary })}
      />
      <TextArea
        label={t('inbox.handling.assessment')}
        description={t('inbox.handling.assessmentHelp')}
        value={draft.assessment}
        max={InputLimits.assessmentMax}
        rows={6}
        onChange={(assessment) => change({ assessment })}
      />

      <div className="flex flex-col gap-2">
        <SectionSelect
          label={t('inbox.handling.changeSection')}
          description={t('inbox.handling.changeSectionHelp')}
          value={draft.changeSection}
          options={sections}
          noneLabel={t('inbox.handling.noChange')}
          onChange={(changeSection) => change({ changeSection })}
        />
        {consultedVersionId && draft.changeSection && (
          <p>
            <Link
              to={comparePath(planId, consultedVersionId, 'live')}
              className="ds-link"
              data-testid="compare-link"
            >
              {t('inbox.handling.compare')}
            </Link>
          </p>
        )}
      </div>

      <FormMessage message={error} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton
          busy={busy}
          label={t('inbox.handling.save')}
          busyLabel={t('inbox.handling.saving')}
        />
        {savedAt !== null && !dirty && (
          <p className="ds-paragraph" data-size="sm" data-testid="saved-note">
            {t('inbox.handling.savedNote')}
          </p>
        )}
      </div>
    </form>
  );
}
