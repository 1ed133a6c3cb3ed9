import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiErrorCode } from '../../shared/api/errors';
import {
  JOIN_CODE_LENGTH,
  formatJoinCode,
  normalizeJoinCode,
} from '../../shared/api/joinCodeFormat';
import { joinPath } from '../app/paths';
import { ApiError } from '../http/request';
import { formatWait } from '../i18n/formatWait';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';
import { usePageTitle } from '../ui/usePageTitle';
import { fetchJoinCodeInfo } from './joinCodesApi';
import type { JoinLocationState } from './joinLocationState';

/** Room for the code typed with spaces or dashes between its groups, or pasted with a space around it. */
const TYPED_MAX = JOIN_CODE_LENGTH * 2;

/**
 * Route `/join`: phone first, one big field for the code shown in the room. The code is checked
 * here, so a typo is answered next to the field; the join form follows at `/join/<code>`.
 */
export function JoinCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('joinCode.pageTitle'));
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const symbols = normalizeJoinCode(typed);
    if (!symbols) {
      setError(t('joinCode.codeInvalid'));
      inputRef.current?.focus();
      return;
    }
    const code = formatJoinCode(symbols);
    setBusy(true);
    setMessage(null);
    try {
      const info = await fetchJoinCodeInfo(code);
      const state: JoinLocationState = { code, info };
      void navigate(joinPath(code), { state });
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError && failure.code === ApiErrorCode.InviteUnknown) {
        setError(t('joinCode.unknown'));
        inputRef.current?.focus();
      } else if (failure instanceof ApiError && failure.code === ApiErrorCode.RateLimited) {
        setMessage(
          t('joinCode.rateLimited', { wait: formatWait(failure.retryAfterSeconds ?? 60, t) }),
        );
      } else setMessage(t('joinCode.failed'));
    }
  };

  return (
    <div className="mx-auto max-w-md px-4 py-8 sm:py-12">
      <h1 className="ds-heading mb-3" data-size="lg">
        {t('joinCode.heading')}
      </h1>
      <p className="ds-paragraph mb-6">{t('joinCode.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-6">
        <div className="ds-field">
          <label className="ds-label" htmlFor="join-code">
            {t('joinCode.codeLabel')}
          </label>
          <div data-field="description" id="join-code-description">
            {t('joinCode.codeDescription')}
          </div>
          <input
            ref={inputRef}
            id="join-code"
            className="ds-input text-center font-mono text-3xl tracking-[0.2em] uppercase"
            style={{ minHeight: '4rem' }}
            value={typed}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={TYPED_MAX}
            // The code's symbols, grouped as shown (`4K7R-9QXM`), in either case; checked again on submit.
            pattern="[0-9A-Za-z\s\-‐‑‒–—_.]*"
            size={JOIN_CODE_LENGTH + 1}
            aria-invalid={error ? true : undefined}
            aria-describedby={`join-code-description${error ? ' join-code-error' : ''}`}
            onChange={(event) => {
              setTyped(event.target.value);
              if (error) setError(null);
            }}
          />
          {error && (
            <p className="ds-validation-message" data-color="danger" id="join-code-error">
              {error}
            </p>
          )}
        </div>
        <FormMessage message={message} />
        <SubmitButton busy={busy} label={t('joinCode.next')} busyLabel={t('joinCode.checking')} />
      </form>
    </div>
  );
}
