import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { InputLimits, SUBMITTER_KINDS } from '../../../shared/api/inputs';
import { ApiErrorCode } from '../../../shared/api/errors';
import { inboxPath, inputPath } from '../../app/paths';
import { fetchAssociations } from '../../associations/associationsApi';
import { ApiError } from '../../http/request';
import { registerInput } from '../../http/inputsApi';
import { useResource } from '../../http/useResource';
import { fetchWorkshops } from '../../http/workshopsApi';
import { useAnnounce } from '../../ui/announcerContext';
import { FormMessage } from '../../ui/FormMessage';
import { PlanSubpage } from '../../ui/PlanSubpage';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextField } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { organisationsOf } from '../inboxFacts';
import { useInbox } from '../inboxContext';
import { dayOf } from '../receivedDate';
import { SectionSelect } from '../SectionSelect';
import { usePlanSections } from '../usePlanSections';
import { AttachmentPicker, useAttachmentErrors } from './AttachmentPicker';
import { ChoiceGroup } from '../ChoiceGroup';
import {
  checkRegisterDraft,
  FIELD_ORDER,
  type RegisterDraft,
  type RegisterField,
  type RegisterProblem,
} from './registerDraft';

const CHANNELS = ['email', 'letter', 'workshop'] as const;

function serverError(t: TFunction, failure: unknown): string {
  if (failure instanceof ApiError) {
    if (failure.code === ApiErrorCode.FileTooLarge || failure.status === 413)
      return t('inbox.register.errors.fileTooLarge');
    if (failure.code === ApiErrorCode.FileWrongType || failure.status === 415)
      return t('inbox.register.errors.fileWrongType');
    if (failure.code === ApiErrorCode.TooManyFiles) return t('inbox.register.errors.tooManyFiles');
    if (failure.status === 403 || failure.status === 401)
      return t('inbox.register.errors.forbidden');
    if (failure.status === 400)
      return t('inbox.register.errors.badRequest');
  }
  if (failure instanceof TypeError) return t('inbox.register.errors.network');
  return t('inbox.register.errors.failed');
}

/** Which message explains a field's problem (`inbox.register.problems.*`). */
function problemKey(field: RegisterField, problem: RegisterProblem) {
  switch (field) {
    case 'workshopId':
      return 'workshopRequired';
    case 'receivedDay':
      return problem === 'required' ? 'dateRequired' : 'dateInvalid';
    case 'organisation':
      return 'organisationRequired';
    case 'email':
      return 'emailInvalid';
    case 'text':
      return problem === 'tooLong' ? 'textTooLong' : 'textRequired';
    default: {
      const never: never = field;
      return never;
    }
  }
}

/** Route `/plans/:planId/inputs/new`: input that came by e-mail, letter or from a workshop. */
export function RegisterInputPage() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const inbox = useInbox();
  const { planId, planTitle, consultations, all } = inbox;
  usePageTitle(t('inbox.register.documentTitle', { plan: planTitle }));
  const sections = usePlanSections(planId);
  const { resource: workshops } = useResource(`workshops:${planId}`, (signal) =>
    fetchWorkshops(planId, signal),
  );
  const { resource: associations } = useResource(`associations:${planId}`, (signal) =>
    fetchAssociations(planId, signal),
  );
  const organisations = useMemo(() => {
    const listed = associations.state === 'ready' ? associations.data.map((a) => a.name) : [];
    const given =
      all.state === 'ready' ? organisationsOf(all.data.inputs, i18n.resolvedLanguage ?? 'nb') : [];
    return [...new Set([...listed, ...given])];
  }, [associations, all, i18n.resolvedLanguage]);

  const [now] = useState(() => Date.now());
  const openNow = consultations.find((c) => c.opensAt <= now && now < c.closesAt);
  const [draft, setDraft] = useState<RegisterDraft>({
    channel: 'email',
    workshopId: '',
    receivedDay: dayOf(now),
    consultationId: openNow?.id ?? '',
    section: 'plan',
    submitterKind: 'resident',
    organisation: '',
    name: '',
    email: '',
    namePublic: false,
    text: '',
  });
  const [files, setFiles] = useState<File[]>([]);
  const fileErrors = useAttachmentErrors(files);
  const [problems, setProblems] = useState<Partial<Record<RegisterField, RegisterProblem>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldRefs = useRef<Partial<Record<RegisterField, HTMLElement | null>>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const set = (fields: Partial<RegisterDraft>) =>
    setDraft((current) => ({ ...current, ...fields }));
  const problemText = (field: RegisterField) => {
    const problem = problems[field];
    return problem ? t(`inbox.register.problems.${problemKey(field, problem)}`) : null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkRegisterDraft(draft, Date.now());
    if (!checked.ok || fileErrors.length > 0) {
      const found = checked.ok ? {} : checked.problems;
      setProblems(found);
      const first = FIELD_ORDER.find((field) => found[field]);
      if (first) fieldRefs.current[first]?.focus();
      else formRef.current?.querySelector<HTMLElement>('input[type="file"]')?.focus();
      return;
    }
    setProblems({});
    setMessage(null);
    setBusy(true);
    try {
      const input = await registerInput(planId, checked.fields, files);
      inbox.registeredHere.add(input.id);
      announce(t('inbox.register.done', { reference: input.reference }));
      inbox.reloadAll();
      void navigate(inputPath(planId, input.id));
    } catch (failure) {
      setMessage(serverError(t, failure));
      setBusy(false);
    }
  };

  const ref = (field: RegisterField) => (element: HTMLElement | null) => {
    fieldRefs.current[field] = element;
  };
  const workshopList = workshops.state === 'ready' ? workshops.data : [];
  const needsOrganisation =
    draft.submitterKind === 'association' || draft.submitterKind === 'public-body';

  return (
    <PlanSubpage
      planId={planId}
      planTitle={planTitle}
      title={t('inbox.register.title')}
      intro={t('inbox.register.intro')}
      back={{
        to: `${inboxPath(planId)}${inbox.listSearch ? `?${inbox.listSearch}` : ''}`,
        label: t('inbox.detail.back'),
      }}
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => void submit(event)}
        className="flex flex-col gap-6"
      >
        <ChoiceGroup
          legend={t('inbox.register.channel')}
          value={draft.channel}
          choices={CHANNELS.map((channel) => ({
            value: channel,
            label: t(`inbox.channel.${channel}`),
          }))}
          onChange={(channel) => set({ channel })}
        />
        {draft.channel === 'workshop' && (
          <div className="ds-field">
            <label className="ds-label" htmlFor="register-workshop">
              {t('inbox.register.workshop')}
            </label>
            <select
              id="register-workshop"
              ref={ref('workshopId')}
              className="ds-input w-full"
              value={draft.workshopId}
              aria-invalid={problems.workshopId ? true : undefined}
              aria-describedby={problems.workshopId ? 'register-workshop-error' : undefined}
              onChange={(event) => set({ workshopId: event.target.value })}
            >
              <option value="">{t('inbox.register.chooseWorkshop')}</option>
              {workshopList.map((workshop) => (
                <option key={workshop.id} value={workshop.id}>
                  {workshop.title}
                </option>
              ))}
            </select>
            {problems.workshopId && (
              <p className="ds-validation-message" data-color="danger" id="register-workshop-error">
                {problemText('workshopId')}
              </p>
            )}
          </div>
        )}
        <TextField
          ref={ref('receivedDay')}
          label={t('inbox.register.received')}
          type="date"
          max={dayOf(now)}
          value={draft.receivedDay}
          error={problemText('receivedDay')}
          onChange={(event) => set({ receivedDay: event.target.value })}
        />
        <div className="ds-field">
          <label className="ds-label" htmlFor="register-consultation">
            {t('inbox.register.consultation')}
          </label>
          <select
            id="register-consultation"
            className="ds-input w-full"
            value={draft.consultationId}
            onChange={(event) => set({ consultationId: event.target.value })}
          >
            <option value="">{t('inbox.register.noConsultation')}</option>
            {consultations.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <SectionSelect
          label={t('inbox.register.section')}
          value={draft.section}
          options={sections}
          onChange={(section) => set({ section: section ?? 'plan' })}
        />
        <ChoiceGroup
          legend={t('inbox.register.kind')}
          value={draft.submitterKind}
          choices={SUBMITTER_KINDS.map((kind) => ({ value: kind, label: t(`inbox.kind.${kind}`) }))}
          onChange={(submitterKind) => set({ submitterKind })}
        />
        <TextField
          ref={ref('organisation')}
          label={
            needsOrganisation
              ? t('inbox.register.organisationRequired')
              : t('inbox.register.organisation')
          }
          list="register-organisations"
          value={draft.organisation}
          maxLength={InputLimits.organisationMax}
          error={problemText('organisation')}
          onChange={(event) => set({ organisation: event.target.value })}
        />
        <datalist id="register-organisations">
          {organisations.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField
          label={t('inbox.register.name')}
          value={draft.name}
          autoComplete="off"
          maxLength={InputLimits.nameMax}
          onChange={(event) => set({ name: event.target.value })}
        />
        {draft.submitterKind === 'resident' && (
          <div className="ds-field">
            <input
              id="register-name-public"
              type="checkbox"
              className="ds-input"
              checked={draft.namePublic}
              onChange={(event) => set({ namePublic: event.target.checked })}
            />
            <label className="ds-label" data-weight="regular" htmlFor="register-name-public">
              {t('inbox.register.namePublic')}
            </label>
          </div>
        )}
        <TextField
          ref={ref('email')}
          label={t('inbox.register.email')}
          description={t('inbox.register.emailHelp')}
          type="email"
          autoComplete="off"
          value={draft.email}
          maxLength={InputLimits.emailMax}
          error={problemText('email')}
          onChange={(event) => set({ email: event.target.value })}
        />
        <div className="ds-field">
          <label className="ds-label" htmlFor="register-text">
            {t('inbox.register.text')}
          </label>
          <div data-field="description" id="register-text-help">
            {t('inbox.register.textHelp', {
              max: InputLimits.textMax.toLocaleString(i18n.resolvedLanguage),
            })}
          </div>
          <textarea
            id="register-text"
            ref={ref('text')}
            className="ds-input"
            rows={10}
            maxLength={InputLimits.textMax}
            value={draft.text}
            aria-invalid={problems.text ? true : undefined}
            aria-describedby={`register-text-help${problems.text ? ' register-text-error' : ''}`}
            onChange={(event) => set({ text: event.target.value })}
          />
          {problems.text && (
            <p className="ds-validation-message" data-color="danger" id="register-text-error">
              {problemText('text')}
            </p>
          )}
        </div>
        <AttachmentPicker files={files} onChange={setFiles} />
        <FormMessage message={message} />
        <SubmitButton
          busy={busy}
          label={t('inbox.register.submit')}
          busyLabel={t('inbox.register.submitting')}
        />
      </form>
    </PlanSubpage>
  );
}
