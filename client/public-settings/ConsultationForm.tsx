import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLimits, type Consultation } from '../../shared/api/publicPage';
import { createConsultation, updateConsultation } from '../http/consultationsApi';
import type { VersionSummary } from '../http/versionsApi';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { SaveCancelButtons } from '../ui/SaveCancelButtons';
import { SubmitButton } from '../ui/SubmitButton';
import { TextField } from '../ui/TextField';
import { actionError } from './actionError';
import {
  consultationBody,
  type ConsultationProblem,
  type ConsultationValues,
} from './consultationFields';
import { toLocalInput } from './localDateTime';
import { SelectField } from './SelectField';

interface Props {
  planId: string;
  versions: readonly VersionSummary[];
  /** The consultation to edit; a new one when omitted. */
  consultation?: Consultation;
  onSaved: (consultation: Consultation) => void;
  onCancel?: () => void;
}

const EMPTY: ConsultationValues = { title: '', versionId: '', opensAt: '', closesAt: '' };

/**
 * A consultation's title, version and window. The times are typed in the browser's own time
 * zone and sent as instants; the server keeps the window to the second.
 */
export function ConsultationForm({ planId, versions, consultation, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [values, setValues] = useState<ConsultationValues>(() =>
    consultation
      ? {
          title: consultation.title,
          versionId: consultation.versionId,
          opensAt: toLocalInput(consultation.opensAt),
          closesAt: toLocalInput(consultation.closesAt),
        }
      : EMPTY,
  );
  const [errors, setErrors] = useState<Partial<Record<ConsultationProblem['field'], string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (consultation) titleRef.current?.focus();
  }, [consultation]);

  const set = (field: keyof ConsultationValues, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const problemText = (p: ConsultationProblem): string => {
    if (p.field === 'title')
      return p.problem === 'required'
        ? t('publicSettings.consultations.titleRequired')
        : t('publicSettings.tooLong', { max: PublicLimits.consultationTitleMax });
    if (p.field === 'versionId') return t('publicSettings.consultations.versionRequired');
    if (p.field === 'opensAt') return t('publicSettings.consultations.timeRequired');
    return p.problem === 'required'
      ? t('publicSettings.consultations.timeRequired')
      : t('publicSettings.consultations.closesBeforeOpens');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const result = consultationBody(values);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.problems.map((p) => [p.field, problemText(p)])));
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = consultation
        ? await updateConsultation(planId, consultation.id, result.body)
        : await createConsultation(planId, result.body);
      announce(
        t(
          consultation
            ? 'publicSettings.consultations.saved'
            : 'publicSettings.consultations.created',
          {
            title: saved.title,
          },
        ),
      );
      if (!consultation) {
        setValues(EMPTY);
        titleRef.current?.focus();
      }
      onSaved(saved);
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-4"
      aria-label={
        consultation
          ? t('publicSettings.consultations.editNamed', { title: consultation.title })
          : undefined
      }
    >
      <TextField
        ref={titleRef}
        label={t('publicSettings.consultations.titleLabel')}
        error={errors.title ?? null}
        value={values.title}
        maxLength={PublicLimits.consultationTitleMax + 20}
        onChange={(event) => set('title', event.target.value)}
      />
      <SelectField
        label={t('publicSettings.consultations.versionLabel')}
        description={t('publicSettings.consultations.versionHelp')}
        error={errors.versionId ?? null}
        value={values.versionId}
        onChange={(event) => set('versionId', event.target.value)}
      >
        <option value="">{t('publicSettings.consultations.chooseVersion')}</option>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {version.name} ({t(`versions.steps.${version.step}`)})
          </option>
        ))}
      </SelectField>
      <div className="flex flex-col gap-4 sm:flex-row">
        <TextField
          label={t('publicSettings.consultations.opensLabel')}
          description={t('publicSettings.consultations.timeHelp')}
          error={errors.opensAt ?? null}
          type="datetime-local"
          className="flex-1"
          value={values.opensAt}
          onChange={(event) => set('opensAt', event.target.value)}
        />
        <TextField
          label={t('publicSettings.consultations.closesLabel')}
          description={t('publicSettings.consultations.timeHelp')}
          error={errors.closesAt ?? null}
          type="datetime-local"
          className="flex-1"
          value={values.closesAt}
          onChange={(event) => set('closesAt', event.target.value)}
        />
      </div>
      <FormMessage message={message} />
      {consultation && onCancel ? (
        <div className="flex flex-wrap gap-2">
          <SaveCancelButtons
            saveLabel={t('publicSettings.save')}
            cancelLabel={t('publicSettings.cancel')}
            busy={busy}
            onCancel={onCancel}
          />
        </div>
      ) : (
        <SubmitButton
          busy={busy}
          label={t('publicSettings.consultations.create')}
          busyLabel={t('publicSettings.saving')}
        />
      )}
    </form>
  );
}
