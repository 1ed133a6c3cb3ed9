import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIDE_REASONS, type HideReason } from '../../../shared/workshop/types';
import { ModalDialog } from '../../ui/ModalDialog';

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
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState<HideReason>('off-topic');
  return (
    <ModalDialog
      title={t('workshopBoard.moderation.hideTitle')}
      onClose={onClose}
      initialFocus={cancelRef}
    >
      {(close) => (
        <>
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
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className="ds-button"
              data-variant="primary"
              data-color="danger"
              onClick={() => {
                onHide(reason);
                close();
              }}
            >
              {t('workshopBoard.moderation.confirmHide')}
            </button>
            <button
              ref={cancelRef}
              type="button"
              className="ds-button"
              data-variant="secondary"
              onClick={close}
            >
              {t('workshopBoard.board.cancel')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
