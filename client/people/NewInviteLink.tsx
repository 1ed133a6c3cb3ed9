import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInviteResponse } from '../../shared/api/invites';
import { CopyableLink } from '../ui/CopyableLink';
import { QrCode } from './QrCode';

/**
 * The link just made, shown once (the server keeps only a hash of its secret): as text to copy,
 * with a copy button, and as a QR code for a projector or a printed handout.
 */
export function NewInviteLink({ created }: { created: CreateInviteResponse }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const role = t(`roles.nouns.${created.invite.role}`);

  // A new link appears below the form: take the person to it. (Each link mounts this anew.)
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

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
      <CopyableLink
        url={created.url}
        label={t('people.linkLabel')}
        copyLabel={t('people.copy')}
        copiedText={t('people.copied')}
        copyFailedText={t('people.copyFailed')}
      />
      <div className="mt-4 inline-block rounded-md bg-white p-2">
        <QrCode value={created.url} label={t('people.qrLabel', { role })} />
      </div>
    </section>
  );
}
