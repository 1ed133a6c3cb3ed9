import { useTranslation } from 'react-i18next';

/**
 * What joining stores, who sees it and for how long, in plain words. Kept in step with the
 * server: the guests table (name, association, until an owner removes the person), the
 * workshop's participant list (synced to everyone in the workshop), the audit log (who joined)
 * and the session cookie (SESSION_TTL_HOURS, 14 days by default).
 */
export function PrivacyNote() {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby="join-privacy"
      className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4"
    >
      <h2 id="join-privacy" className="ds-heading mb-2" data-size="2xs">
        {t('privacy.heading')}
      </h2>
      <ul className="ds-list flex list-disc flex-col gap-1 pl-5">
        <li>{t('privacy.what')}</li>
        <li>{t('privacy.who')}</li>
        <li>{t('privacy.anonymous')}</li>
        <li>{t('privacy.howLong')}</li>
      </ul>
    </section>
  );
}
