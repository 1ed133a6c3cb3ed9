import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyableLink } from '../ui/CopyableLink';

/**
 * A reset link just made, shown once (the server keeps only a hash of it) to copy and hand over.
 * No QR code, unlike invitations: this link is for one person, not for a room.
 */
export function NewResetLink({ name, url }: { name: string; url: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each new link mounts this anew (keyed by its URL): take the administrator to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

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
      <CopyableLink
        url={url}
        label={t('passwordReset.linkLabel')}
        copyLabel={t('passwordReset.copy')}
        copiedText={t('passwordReset.copied')}
        copyFailedText={t('passwordReset.copyFailed')}
      />
    </section>
  );
}
