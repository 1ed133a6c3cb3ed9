import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INBOX_EXTRA_ROLES,
  PublicLimits,
  type PublicSettingsResponse,
} from '../../shared/api/publicPage';
import type { VersionSummary } from '../http/versionsApi';
import { updatePublicSettings } from '../http/publicSettingsApi';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { useFocusRequest } from '../ui/useFocusRequest';
import { actionError } from './actionError';
import { CheckboxField } from './CheckboxField';
import { IntroEditor } from './IntroEditor';
import { PublicAddress } from './PublicAddress';
import { SelectField } from './SelectField';
import {
  bodyOf,
  formOf,
  settingsProblems,
  type SettingsForm as Form,
  type SettingsProblem,
} from './settingsForm';

type FieldErrors = Partial<Record<SettingsProblem['field'], string>>;

/**
 * The public page settings as one form with one Save: the switch, the address, the intro and
 * the rest are saved together, so nothing half-set reaches residents. Problems are shown by
 * their field, and focus moves to the first one.
 */
export function SettingsForm({
  planId,
  initial,
  versions,
}: {
  planId: string;
  initial: PublicSettingsResponse;
  versions: readonly VersionSummary[] | null;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const [saved, setSaved] = useState(initial);
  const [form, setForm] = useState<Form>(() => formOf(initial.settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { containerRef, requestFocus } = useFocusRequest<HTMLFormElement>();

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setConfirmation(null);
    if (key in errors) setErrors(({ [key as SettingsProblem['field']]: _gone, ...rest }) => rest);
  };

  const problemText = (problem: SettingsProblem): string => {
    switch (problem.field) {
      case 'slug':
        return t(`publicSettings.page.slugErrors.${problem.problem}`, {
          min: PublicLimits.slugMin,
          max: PublicLimits.slugMax,
        });
      case 'intro':
        return t('publicSettings.page.introTooLong');
      case 'contactEmail':
        return t('publicSettings.page.emailInvalid');
      case 'retentionDays':
        return t('publicSettings.page.retentionInvalid', {
          min: PublicLimits.retentionDaysMin,
          max: PublicLimits.retentionDaysMax,
        });
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    setConfirmation(null);
    const problems = settingsProblems(form);
    if (problems.length > 0) {
      setErrors(Object.fromEntries(problems.map((p) => [p.field, problemText(p)])));
      requestFocus(['[aria-invalid="true"]']);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const answer = await updatePublicSettings(planId, bodyOf(form));
      setSaved(answer);
      setForm((current) => ({ ...current, slug: answer.settings.slug }));
      const text = t(
        answer.settings.enabled ? 'publicSettings.page.savedOn' : 'publicSettings.page.savedOff',
      );
      setConfirmation(text);
      announce(text);
    } catch (failure) {
      const kind = actionError(failure);
      if (kind === 'slug-taken') {
        setErrors({ slug: t('publicSettings.page.slugTaken') });
        requestFocus(['[aria-invalid="true"]']);
      } else setMessage(t(`publicSettings.errors.${kind}`));
    } finally {
      setBusy(false);
    }
  };

  const introLabelId = `${id}-intro-label`;
  const introHintId = `${id}-intro-hint`;
  const introErrorId = `${id}-intro-error`;

  return (
    <form
      ref={containerRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-6"
      aria-labelledby="public-page-heading"
    >
      {!saved.receiptsByEmail && (
        <div className="ds-alert" data-color="warning" data-testid="receipts-off">
          <p>{t('publicSettings.page.receiptsOff')}</p>
        </div>
      )}

      <CheckboxField
        asSwitch
        label={t('publicSettings.page.enabled')}
        description={t('publicSettings.page.enabledHelp')}
        checked={form.enabled}
        onChange={(event) => set('enabled', event.target.checked)}
      />

      <fieldset className="ds-fieldset flex flex-col gap-4">
        <legend className="ds-label">{t('publicSettings.page.addressLegend')}</legend>
        <TextField
          label={t('publicSettings.page.slugLabel')}
          description={t('publicSettings.page.slugHelp')}
          error={errors.slug ?? null}
          value={form.slug}
          autoComplete="off"
          spellCheck={false}
          maxLength={PublicLimits.slugMax + 10}
          onChange={(event) => set('slug', event.target.value)}
        />
        <PublicAddress url={saved.publicUrl} enabled={saved.settings.enabled} />
      </fieldset>

      <div className="ds-field">
        <span className="ds-label" id={introLabelId}>
          {t('publicSettings.page.introLabel')}
        </span>
        <div data-field="description" id={introHintId}>
          {t('publicSettings.page.introHelp')}
        </div>
        <IntroEditor
          initial={initial.settings.intro}
          onChange={(blocks) => set('intro', blocks)}
          labelId={introLabelId}
          describedBy={errors.intro ? `${introHintId} ${introErrorId}` : introHintId}
          invalid={!!errors.intro}
        />
        {errors.intro && (
          <p className="ds-validation-message" data-color="danger" id={introErrorId}>
            {errors.intro}
          </p>
        )}
      </div>

      <fieldset className="ds-fieldset flex flex-col gap-4">
        <legend className="ds-label">{t('publicSettings.page.contactLegend')}</legend>
        <p className="ds-paragraph text-neutral-text-subtle">
          {t('publicSettings.page.contactHelp')}
        </p>
        <TextField
          label={t('publicSettings.page.contactName')}
          value={form.contactName}
          autoComplete="off"
          maxLength={PublicLimits.contactFieldMax}
          onChange={(event) => set('contactName', event.target.value)}
        />
        <TextField
          label={t('publicSettings.page.contactTitle')}
          description={t('publicSettings.page.contactTitleHelp')}
          value={form.contactTitle}
          autoComplete="off"
          maxLength={PublicLimits.contactFieldMax}
          onChange={(event) => set('contactTitle', event.target.value)}
        />
        <TextField
          label={t('publicSettings.page.contactEmail')}
          type="email"
          inputMode="email"
          autoComplete="off"
          error={errors.contactEmail ?? null}
          value={form.contactEmail}
          maxLength={PublicLimits.contactFieldMax}
          onChange={(event) => set('contactEmail', event.target.value)}
        />
        <TextField
          label={t('publicSettings.page.contactPhone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={form.contactPhone}
          maxLength={PublicLimits.contactFieldMax}
          onChange={(event) => set('contactPhone', event.target.value)}
        />
      </fieldset>

      <SelectField
        label={t('publicSettings.page.versionLabel')}
        description={t('publicSettings.page.versionHelp')}
        value={form.publishedVersionId}
        onChange={(event) => set('publishedVersionId', event.target.value)}
      >
        <option value="">{t('publicSettings.page.noVersion')}</option>
        {(versions ?? []).map((version) => (
          <option key={version.id} value={version.id}>
            {version.name} ({t(`versions.steps.${version.step}`)})
          </option>
        ))}
      </SelectField>

      <fieldset className="ds-fieldset flex flex-col gap-3">
        <legend className="ds-label">{t('publicSettings.page.inputLegend')}</legend>
        <CheckboxField
          label={t('publicSettings.page.openInput')}
          description={t('publicSettings.page.openInputHelp')}
          checked={form.openInput}
          onChange={(event) => set('openInput', event.target.checked)}
        />
        <CheckboxField
          label={t('publicSettings.page.publishInputList')}
          description={t('publicSettings.page.publishInputListHelp')}
          checked={form.publishInputList}
          onChange={(event) => set('publishInputList', event.target.checked)}
        />
      </fieldset>

      <TextField
        label={t('publicSettings.page.retentionLabel')}
        description={t('publicSettings.page.retentionHelp')}
        error={errors.retentionDays ?? null}
        type="number"
        inputMode="numeric"
        min={PublicLimits.retentionDaysMin}
        max={PublicLimits.retentionDaysMax}
        step={1}
        // A number of days needs a short field; the label and help keep the full width.
        style={{ maxWidth: '10rem' }}
        value={form.retentionDays}
        onChange={(event) => set('retentionDays', event.target.value)}
      />

      <fieldset className="ds-fieldset flex flex-col gap-3">
        <legend className="ds-label">{t('publicSettings.page.inboxLegend')}</legend>
        <p className="ds-paragraph text-neutral-text-subtle">
          {t('publicSettings.page.inboxHelp')}
        </p>
        {INBOX_EXTRA_ROLES.map((role) => (
          <CheckboxField
            key={role}
            label={t(`publicSettings.page.inboxRoles.${role}`)}
            checked={form.inboxRoles.includes(role)}
            onChange={(event) =>
              set(
                'inboxRoles',
                INBOX_EXTRA_ROLES.filter((r) =>
                  r === role ? event.target.checked : form.inboxRoles.includes(r),
                ),
              )
            }
          />
        ))}
      </fieldset>

      <FormMessage message={message} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton
          busy={busy}
          label={t('publicSettings.page.save')}
          busyLabel={t('publicSettings.saving')}
        />
        {confirmation && (
          // Seen here; heard through the app's live region (announce), so it is not read twice.
          <p
            className="ds-paragraph font-semibold text-success-text-default"
            data-testid="settings-saved"
          >
            {confirmation}
          </p>
        )}
      </div>
    </form>
  );
}
