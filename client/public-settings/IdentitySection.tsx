import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LogoLimits,
  logoAltText,
  type PlanIdentityResponse,
} from '../../shared/api/planIdentity';
import { ApiError } from '../http/request';
import { useResource } from '../http/useResource';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { PageLoading } from '../ui/PageLoading';
import { SubmitButton } from '../ui/SubmitButton';
import { ResourceError } from '../versions/ResourceError';
import { actionError } from './actionError';
import {
  fetchPlanIdentity,
  removePlanLogo,
  updatePlanIdentity,
  uploadPlanLogo,
} from './planIdentityApi';

const MAX_KB = LogoLimits.maxBytes / 1024;
const MAX_PX = LogoLimits.maxPixels;
const LOGO_ACCEPT = '.png,.svg,image/png,image/svg+xml';

/** Section "Kommunens navn og logo": set once, used by the public page and the exports. */
export function IdentitySection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { resource, reload } = useResource(`plan-identity:${planId}`, (signal) =>
    fetchPlanIdentity(planId, signal),
  );
  return (
    <section aria-labelledby="identity-heading" className="mb-14">
      <h2 id="identity-heading" className="ds-heading mb-2" data-size="md">
        {t('publicSettings.identity.heading')}
      </h2>
      <p className="ds-paragraph mb-6">{t('publicSettings.identity.intro')}</p>
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <ResourceError message={t('publicSettings.identity.loadFailed')} retry={reload} />
      )}
      {resource.state === 'ready' && <IdentityForms planId={planId} initial={resource.data} />}
    </section>
  );
}

function IdentityForms({ planId, initial }: { planId: string; initial: PlanIdentityResponse }) {
  const [identity, setIdentity] = useState(initial);
  return (
    <div className="flex flex-col gap-10">
      <NameForm planId={planId} initial={identity.municipality} onSaved={setIdentity} />
      <LogoForm planId={planId} identity={identity} onChanged={setIdentity} />
    </div>
  );
}

function NameForm({
  planId,
  initial,
  onSaved,
}: {
  planId: string;
  initial: string;
  onSaved: (identity: PlanIdentityResponse) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    if (name.trim() === '') {
      setError(t('publicSettings.identity.nameRequired'));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const saved = await updatePlanIdentity(planId, { municipality: name });
      setName(saved.municipality);
      onSaved(saved);
      announce(t('publicSettings.identity.nameSaved', { name: saved.municipality }));
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-name`}>
          {t('publicSettings.identity.nameLabel')}
        </label>
        <div data-field="description" id={`${id}-name-help`}>
          {t('publicSettings.identity.nameHelp')}
        </div>
        <input
          ref={inputRef}
          id={`${id}-name`}
          className="ds-input"
          value={name}
          maxLength={120}
          autoComplete="organization"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-name-help ${id}-name-error` : `${id}-name-help`}
          onChange={(event) => setName(event.target.value)}
        />
        {error && (
          <p className="ds-validation-message" data-color="danger" id={`${id}-name-error`}>
            {error}
          </p>
        )}
      </div>
      <FormMessage message={message} />
      <SubmitButton
        busy={busy}
        label={t('publicSettings.identity.nameSave')}
        busyLabel={t('publicSettings.saving')}
      />
    </form>
  );
}

/** What the page can tell before sending: the kind by name and type, and the size. */
function logoProblem(file: File): 'wrong-type' | 'too-large' | null {
  const byName = /\.(png|svg)$/i.test(file.name);
  const byType = file.type === '' || file.type === 'image/png' || file.type === 'image/svg+xml';
  if (!byName || !byType) return 'wrong-type';
  return file.size > LogoLimits.maxBytes ? 'too-large' : null;
}

function LogoForm({
  planId,
  identity,
  onChanged,
}: {
  planId: string;
  identity: PlanIdentityResponse;
  onChanged: (identity: PlanIdentityResponse) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const limits = { maxKb: MAX_KB, maxPx: MAX_PX };

  const problemText = (chosen: File | null): string | null => {
    if (!chosen) return t('publicSettings.identity.logoRequired');
    const problem = logoProblem(chosen);
    if (problem === 'wrong-type') return t('publicSettings.identity.logoWrongType', { name: chosen.name });
    if (problem === 'too-large')
      return t('publicSettings.identity.logoTooLarge', { name: chosen.name, ...limits });
    return null;
  };

  const serverProblem = (failure: unknown, name: string): string | null => {
    if (!(failure instanceof ApiError)) return null;
    if (failure.code === 'unsafe-svg') return t('publicSettings.identity.logoUnsafe');
    if (failure.code === 'image-too-many-pixels')
      return t('publicSettings.identity.logoTooManyPixels', limits);
    if (failure.code === 'file-too-large')
      return t('publicSettings.identity.logoTooLarge', { name, ...limits });
    if (failure.code === 'file-wrong-type')
      return t('publicSettings.identity.logoWrongTypeServer', { name });
    return null;
  };

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const problem = problemText(file);
    setFileError(problem);
    if (problem || !file) {
      fileRef.current?.focus();
      return;
    }
    setBusy('upload');
    try {
      onChanged(await uploadPlanLogo(planId, file));
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      announce(t('publicSettings.identity.uploaded'));
    } catch (failure) {
      const refused = serverProblem(failure, file.name);
      if (refused) {
        setFileError(refused);
        fileRef.current?.focus();
      } else setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    if (busy) return;
    setMessage(null);
    setBusy('remove');
    try {
      onChanged(await removePlanLogo(planId));
      announce(t('publicSettings.identity.removed'));
      fileRef.current?.focus();
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <h3 className="ds-heading" data-size="xs">
        {t('publicSettings.identity.logoHeading')}
      </h3>
      {identity.logo ? (
        <div className="flex flex-wrap items-center gap-4">
          <p className="ds-paragraph">{t('publicSettings.identity.currentLogo')}</p>
          <img
            src={identity.logo.url}
            alt={logoAltText(identity.municipality)}
            className="max-h-20 max-w-60 object-contain"
            data-testid="current-logo"
          />
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void remove()}
          >
            {busy === 'remove'
              ? t('publicSettings.identity.removing')
              : t('publicSettings.identity.removeLogo')}
          </button>
        </div>
      ) : (
        <p className="ds-paragraph">{t('publicSettings.identity.noLogo')}</p>
      )}
      <form noValidate onSubmit={(event) => void upload(event)} className="flex flex-col gap-4">
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-logo`}>
            {t('publicSettings.identity.logoLabel')}
          </label>
          <div data-field="description" id={`${id}-logo-help`}>
            {t('publicSettings.identity.logoHelp', limits)}
          </div>
          <input
            ref={fileRef}
            id={`${id}-logo`}
            type="file"
            accept={LOGO_ACCEPT}
            className="ds-input h-auto py-2"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${id}-logo-help ${id}-logo-error` : `${id}-logo-help`}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setFileError(chosen ? problemText(chosen) : null);
            }}
          />
          {fileError && (
            <p className="ds-validation-message" data-color="danger" id={`${id}-logo-error`}>
              {fileError}
            </p>
          )}
        </div>
        <FormMessage message={message} />
        <SubmitButton
          busy={busy === 'upload'}
          label={t('publicSettings.identity.upload')}
          busyLabel={t('publicSettings.identity.uploading')}
        />
      </form>
    </div>
  );
}
