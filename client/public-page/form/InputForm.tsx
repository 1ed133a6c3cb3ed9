import { useState, type FormEvent } from 'react';
import type { PublicPlanResponse } from '../../../shared/api/publicPage';
import { submitInput } from '../api';
import { usePage } from '../context';
import { formatNumber } from '../format';
import { checkDraft, refusalError, type FieldId, type FormError } from '../formErrors';
import { FormLimits } from '../limits';
import { navigate } from '../navigation';
import { paths } from '../routes';
import { sectionTitle } from '../SectionLinks';
import { sectionsOf } from '../sections';
import { AttachmentsField } from './AttachmentsField';
import { ErrorSummary } from './ErrorSummary';
import { controlProps, Field } from './Field';
import { PrivacyNote } from './PrivacyNote';
import { SubmitterFields, type Submitter } from './SubmitterFields';

/** What the receipt page learns from the form through the history entry (a reload forgets it). */
export interface ReceiptState {
  receiptSent: boolean;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The input form. Checks what it can before sending, then sends it as multipart with the page's
 * form token and the honeypot; every refusal is listed in the error summary, which takes focus.
 */
export function InputForm({
  plan,
  loadedAt,
  section,
  refresh,
}: {
  plan: PublicPlanResponse;
  loadedAt: number;
  section: string | null;
  refresh: () => void;
}) {
  const { t, language, announce } = usePage();
  const slug = plan.plan.slug;
  const sections = sectionsOf(plan.version?.snapshot ?? null);
  const [sectionKey, setSectionKey] = useState(
    () => sections.find((s) => s.key === section)?.key ?? 'plan',
  );
  const [text, setText] = useState('');
  const [submitter, setSubmitter] = useState<Submitter>({
    kind: 'resident',
    organisation: '',
    name: '',
    namePublic: false,
  });
  const [email, setEmail] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [website, setWebsite] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);

  const errorOf = (field: FieldId) =>
    errors.find((error) => error.field === field)?.message ?? null;
  const refuse = (found: FormError[]) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const kind = submitter.kind;
    const found = checkDraft(
      {
        text,
        email,
        organisation: submitter.organisation,
        organisationRequired: kind === 'association' || kind === 'public-body',
      },
      t,
      language,
    );
    if (found.length > 0) return refuse(found);

    setSending(true);
    setErrors([]);
    announce(t('sending'));
    // The server refuses a form sent sooner than this after its token was made; a quick
    // person waits a moment here instead of being refused.
    await wait(FormLimits.minFillMs + 100 - (performance.now() - loadedAt));
    const body = new FormData();
    const fields = {
      section: sectionKey,
      text,
      submitterKind: kind,
      organisation: kind === 'resident' ? '' : submitter.organisation,
      name: submitter.name,
      email,
      namePublic: String(kind === 'resident' && submitter.namePublic),
      language,
      formToken: plan.formToken,
      website,
    };
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    for (const file of files) body.append('files', file, file.name);
    const outcome = await submitInput(slug, body);
    setSending(false);
    if (outcome.ok) {
      const state: ReceiptState = { receiptSent: outcome.receipt.receiptSent };
      return navigate(paths.receipt(slug, outcome.receipt.reference), state);
    }
    // A new token (the old one was too old or too new); the summary asks to send again.
    if (outcome.code === 'form-expired') refresh();
    refuse([refusalError(outcome, t)]);
  };

  const textError = errorOf('input-text');
  const emailError = errorOf('input-email');
  const length = text.trim().length;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary errors={errors} attempt={attempt} />
      <Field id="input-section" label={t('sectionLabel')}>
        <select
          id="input-section"
          className="ds-input"
          value={sectionKey}
          onChange={(event) => setSectionKey(event.target.value)}
        >
          {sections.map((s) => (
            <option key={s.key} value={s.key}>
              {sectionTitle(s, t)}
              {'strategy' in s ? ` (${s.area.title})` : ''}
            </option>
          ))}
        </select>
      </Field>
      <Field id="input-text" label={t('textLabel')} error={textError}>
        <textarea
          {...controlProps('input-text', true, textError)}
          className="ds-input"
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <p
          id="input-text-hint"
          className={
            length > FormLimits.textMax ? 'text-danger-text-default' : 'text-neutral-text-subtle'
          }
        >
          {t('textCounter', {
            count: formatNumber(length, language),
            max: formatNumber(FormLimits.textMax, language),
          })}
        </p>
      </Field>
      <SubmitterFields
        value={submitter}
        onChange={setSubmitter}
        associations={plan.associations}
        organisationError={errorOf('input-organisation')}
      />
      <Field id="input-email" label={t('emailLabel')} hint={t('emailHint')} error={emailError}>
        <input
          {...controlProps('input-email', true, emailError)}
          className="ds-input"
          type="email"
          autoComplete="email"
          maxLength={FormLimits.emailMax}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </Field>
      <AttachmentsField
        files={files}
        onChange={setFiles}
        error={fileError ?? errorOf('input-files')}
        onError={setFileError}
      />
      {/* The honeypot: hidden from people and assistive technology, filled in only by bots. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="input-website">{t('honeypot')}</label>
        <input
          id="input-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={website}
          onChange={(event) => setWebsite(event.target.value)}
        />
      </div>
      <PrivacyNote retentionDays={plan.retentionDays} />
      <div>
        <button type="submit" className="ds-button" aria-disabled={sending || undefined}>
          {sending ? t('sending') : t('send')}
        </button>
      </div>
    </form>
  );
}
