import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInviteResponse } from '../../shared/api/invites';
import { useAnnounce } from '../ui/announcerContext';
import { QrCode } from './QrCode';

/**
 * The link just made, shown once (the server keeps only a hash of its secret): as text to copy,
 * with a copy button, and as a QR code for a projector or a printed handout.
 */
export function NewInviteLink({ created }: { created: CreateInviteResponse }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const role = t(`roles.nouns.${created.invite.role}`);

  // A new link appears below the form: take the person to it. (Each link mounts this anew.)
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied('yes');
      announce(t('people.copied'));
    } catch {
      setCopied('failed');
      inputRef.current?.select();
      announce(t('people.copyFailed'));
    }
  };

  return (
    <section
      aria-labelledby="new-invite-heading"
      className="mb-10 rounded-lg border-2 border-success-border-default bg-success-surface-tinted p-6"
      data-testid="new-invite"
    >
      <h2
        id="new-invite-heading"
        ref={headingRef}
        tabIndex={-1}
        className="ds-heading mb-2 outline-none"
        data-size="xs"
      >
        {t('people.newLinkHeading', { role })}
      </h2>
      <p className="ds-paragraph mb-4">{t('people.newLinkText')}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="ds-field min-w-64 flex-1">
          <label className="ds-label" htmlFor="new-invite-url">
            {t('people.linkLabel')}
          </label>
          <input
            ref={inputRef}
            id="new-invite-url"
            className="ds-input font-mono"
            readOnly
            value={created.url}
            onFocus={(event) => event.target.select()}
          />
        </div>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={() => void copy()}
        >
          {t('people.copy')}
        </button>
      </div>
      <p className="mt-2 min-h-6 text-sm" aria-hidden="true">
        {copied === 'yes' && t('people.copied')}
        {copied === 'failed' && t('people.copyFailed')}
      </p>
      <div className="mt-4 inline-block rounded-md bg-white p-2">
        <QrCode value={created.url} label={t('people.qrLabel', { role })} />
      </div>
    </section>
  );
}
