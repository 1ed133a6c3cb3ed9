import { useTranslation } from 'react-i18next';
import type { WorkshopMeta } from '../../shared/workshop/types';

/** "2026-12-03" as "3. des. 2026"; a date-time keeps only its date. */
function formatDay(iso: string, language: string): string {
  const day = iso.slice(0, 10);
  const time = Date.parse(`${day}T12:00:00Z`);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/**
 * What a participant should know before writing: the goal, the date, and who will see their
 * name next to their notes (told up front, as the anonymity settings are fixed once started).
 */
export function WorkshopIntro({ meta }: { meta: WorkshopMeta }) {
  const { t, i18n } = useTranslation();
  const privacy = !meta.anonymous
    ? t('workshop.privacy.named')
    : meta.facilitatorSeesAuthors
      ? t('workshop.privacy.anonymousToOthers')
      : t('workshop.privacy.anonymous');
  return (
    <div className="mb-6 flex flex-col gap-2" data-testid="workshop-intro">
      {meta.goal && (
        <p className="ds-paragraph break-words whitespace-pre-line">
          <strong>{t('workshop.goalHeading')}:</strong> {meta.goal}
        </p>
      )}
      {meta.date && (
        <p className="ds-paragraph">
          {t('workshop.dateText', { date: formatDay(meta.date, i18n.language) })}
        </p>
      )}
      <p className="ds-paragraph" data-size="sm">
        {privacy}
      </p>
    </div>
  );
}
