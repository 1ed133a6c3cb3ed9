import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { joinPath, presentWorkshopPath } from '../app/paths';
import { QrCode } from '../people/QrCode';
import { useAnnounce } from '../ui/announcerContext';
import { CopyableLink } from '../ui/CopyableLink';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';
import { createJoinCode } from './joinCodesApi';
import { useShownJoinCode } from './useShownJoinCode';

const EXPIRY_HOURS = ['3', '12', '24', '168'] as const;
type ExpiryHours = (typeof EXPIRY_HOURS)[number];

/**
 * For the lead page's invite section: makes a join code for this workshop and shows it large,
 * with the link and a QR code, and opens the projector view. The code belongs to the workshop:
 * every facilitator sees the same one (from the server), and making another replaces it.
 */
export function WorkshopCodePanel({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const [expiry, setExpiry] = useState<ExpiryHours>('12');
  const { code: created, show } = useShownJoinCode(workshopId);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const codeRef = useRef<HTMLParagraphElement>(null);
  const [focusCode, setFocusCode] = useState(false);

  // Once, to the code just made: the code is checked again now and then, which must not move focus.
  useEffect(() => {
    if (!focusCode || !codeRef.current) return;
    codeRef.current.focus();
    setFocusCode(false);
  }, [focusCode, created]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const response = await createJoinCode(workshopId, { expiresInHours: Number(expiry) });
      show(response);
      setFocusCode(true);
      announce(t('codePanel.created', { code: response.code }));
    } catch {
      setMessage(t('codePanel.failed'));
    } finally {
      setBusy(false);
    }
  };

  const address = `${window.location.host}${joinPath()}`;
  const expires = created
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
        created.expiresAt,
      )
    : null;

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-4"
      data-testid="workshop-code-panel"
    >
      <h2 id={`${id}-heading`} className="ds-heading" data-size="sm">
        {t('codePanel.heading')}
      </h2>
      <p className="ds-paragraph">{t('codePanel.intro', { address })}</p>
      {created && (
        <div className="flex flex-wrap items-start gap-6 rounded-lg border-2 border-success-border-default bg-success-surface-tinted p-6">
          <div className="flex min-w-64 flex-1 flex-col gap-3">
            <p
              ref={codeRef}
              tabIndex={-1}
              className="flex flex-col gap-1 outline-none"
              data-testid="join-code"
            >
              <span className="ds-paragraph">{t('codePanel.codeTerm')}</span>
              {/* Read out sign by sign: "4K7" is not the number four hundred and something. */}
              <span className="sr-only">{created.code.split('').join(' ')}</span>
              {/* Eight symbols and a dash: a size smaller on a narrow screen, never wrapped mid-code. */}
              <span
                aria-hidden="true"
                className="font-mono text-5xl font-bold tracking-widest whitespace-nowrap sm:text-6xl"
              >
                {created.code}
              </span>
            </p>
            <p className="ds-paragraph">{t('codePanel.expiresAt', { time: expires })}</p>
            <CopyLink url={created.url} />
            <p className="ds-paragraph text-sm">{t('codePanel.note')}</p>
          </div>
          <div className="rounded-md bg-white p-2">
            <QrCode
              value={created.url}
              label={t('codePanel.qrLabel', { code: created.code })}
              size={240}
            />
          </div>
        </div>
      )}
      <form onSubmit={(event) => void submit(event)} className="flex flex-wrap items-end gap-4">
        <div className="ds-field">
          <label className="ds-label" htmlFor={`${id}-expiry`}>
            {t('codePanel.expiryLabel')}
          </label>
          <select
            id={`${id}-expiry`}
            className="ds-input"
            value={expiry}
            onChange={(event) => setExpiry(event.target.value as ExpiryHours)}
          >
            {EXPIRY_HOURS.map((hours) => (
              <option key={hours} value={hours}>
                {t(`codePanel.expiry.${hours}`)}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton
          busy={busy}
          label={created ? t('codePanel.createAnother') : t('codePanel.create')}
          busyLabel={t('codePanel.creating')}
        />
      </form>
      <FormMessage message={message} />
      <p>
        {/* A window of its own, to drag onto the projector's screen; the lead page stays here. */}
        <a
          href={presentWorkshopPath(workshopId)}
          target="_blank"
          rel="noopener"
          className="ds-link"
          data-testid="open-present"
        >
          {t('present.open')}
          <span className="sr-only"> {t('present.opensNewWindow')}</span>
        </a>
      </p>
    </section>
  );
}

function CopyLink({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <CopyableLink
      url={url}
      label={t('codePanel.linkLabel')}
      copyLabel={t('codePanel.copy')}
      copiedText={t('codePanel.copied')}
      copyFailedText={t('codePanel.copyFailed')}
      variant="secondary"
    />
  );
}
