import { usePage } from '../context';

/** What happens to input, said before the send button: public by default, what is kept, who reads it, when names go. */
export function PrivacyNote({ retentionDays }: { retentionDays: number }) {
  const { t } = usePage();
  return (
    <section
      aria-labelledby="privacy-heading"
      className="rounded-md bg-neutral-background-tinted p-4"
    >
      <h2 id="privacy-heading" className="ds-heading mb-2" data-size="2xs">
        {t('privacyHeading')}
      </h2>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        <li>{t('privacyPublic')}</li>
        <li>{t('privacyStored')}</li>
        <li>{t('privacySeen')}</li>
        <li>{t('privacyDeleted', { days: retentionDays })}</li>
      </ul>
    </section>
  );
}
