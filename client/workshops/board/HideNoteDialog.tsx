import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIDE_REASONS, type HideReason } from '../../../shared/workshop/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Hiding a note asks for a reason: the author is told it, and it is shown in its place. */
export function HideNoteDialog({
  text,
  onHide,
  onClose,
}: {
  text: string;
  onHide: (reason: HideReason) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState<HideReason>('off-topic');
  return (
    <ConfirmDialog
      title={t('workshopBoard.moderation.hideTitle')}
      confirmLabel={t('workshopBoard.moderation.confirmHide')}
      cancelLabel={t('workshopBoard.board.cancel')}
      onConfirm={() => onHide(reason)}
      onClose={onClose}
    >
      <p className="ds-paragraph mb-2 whitespace-pre-wrap break-words">«{text}»</p>
      <p className="ds-paragraph mb-4">{t('workshopBoard.moderation.hideText')}</p>
      <div className="ds-field mb-6">
        <label className="ds-label" htmlFor={`${id}-reason`}>
          {t('workshopBoard.moderation.reasonLabel')}
        </label>
        <select
          id={`${id}-reason`}
          className="ds-input"
          value={reason}
          onChange={(event) => setReason(event.target.value as HideReason)}
        >
          {HIDE_REASONS.map((value) => (
            <option key={value} value={value}>
              {t(`workshopBoard.moderation.reasons.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </ConfirmDialog>
  );
}
