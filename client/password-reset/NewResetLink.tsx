import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../ui/announcerContext';

/**
 * A reset link just made, shown once (the server keeps only a hash of it) to copy and hand over.
 * No QR code, unlike invitations: this link is for one person, not for a room.
 */
export function NewResetLink({ name, url }: { name: string; url: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  // Each new link mounts this anew (keyed by its URL): take the administrator to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
      announce(t('passwordReset.copied'));
    } catch {
      setCopied('failed');
      inputRef.current?.select();
      announce(t('passwordReset.copyFailed'));
    }
  };

  return (
    <section
      aria-labelledby="new-reset-link-heading"
      className="mb-10 rounded-lg border-2 border-success-border-default bg-success-surface-tinted p-6"
      data-testid="new-reset-link"
    >
      <h2
        id="new-reset-link-heading"
        ref={headingRef}
        tabIndex={-1}
        className="ds-heading mb-2 outline-none"
        data-size="xs"
      >
        {t('passwordReset.newLinkHeading', { name })}
      </h2>
      <p className="ds-paragraph mb-4">{t('passwordReset.newLinkText', { name })}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="ds-field min-w-64 flex-1">
          <label className="ds-label" htmlFor="new-reset-link-url">
            {t('passwordReset.linkLabel')}
          </label>
          <input
            ref={inputRef}
            id="new-reset-link-url"
            className="ds-input font-mono"
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
          />
        </div>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          onClick={() => void copy()}
        >
          {t('passwordReset.copy')}
        </button>
      </div>
      <p className="mt-2 min-h-6 text-sm" aria-hidden="true">
        {copied === 'yes' && t('passwordReset.copied')}
        {copied === 'failed' && t('passwordReset.copyFailed')}
      </p>
    </section>
  );
}
