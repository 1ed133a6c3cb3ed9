import { useTranslation } from 'react-i18next';
import type { MyHiddenNote } from './myHiddenNotes';

/**
 * Tells authors, and only them, that a facilitator hid their note and why. Rendered inside the
 * page's polite live region, so it is read out when it appears.
 */
export function HiddenNoteNotice({ notes }: { notes: MyHiddenNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <div className="ds-alert" data-color="info" data-testid="hidden-note-notice">
      <p className="font-semibold">
        {t('workshopBoard.moderation.yourNoteHidden', { count: notes.length })}
      </p>
      <ul className="my-2 list-disc pl-6">
        {notes.map((note) => (
          <li key={note.id} className="break-words">
            {t('workshopBoard.moderation.yourNoteHiddenItem', {
              text: note.text,
              reason: t(`workshopBoard.moderation.reasons.${note.reason}`),
            })}
          </li>
        ))}
      </ul>
      <p>{t('workshopBoard.moderation.yourNoteHiddenIntro')}</p>
    </div>
  );
}
