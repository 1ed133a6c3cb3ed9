import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';
import type { Deletion } from './useDeletionUndo';

interface Props {
  deletion: Deletion | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * "Innsatsområdet ble slettet — Angre". The region is always present so its message is read
 * politely; focus moves to "Angre" because the deleted item held it. It stays until closed or
 * replaced: no time limit to act within.
 */
export function UndoToast({ deletion, onUndo, onDismiss }: Props) {
  const { t } = useTranslation();
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (deletion) undoRef.current?.focus();
  }, [deletion]);

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-20 flex justify-center px-4">
      <div role="status" className="pointer-events-auto">
        {deletion && (
          // Escape closes the message, like other transient popups.
          // eslint-disable-next-line jsx-a11y/no-static-element-interactions
          <div
            className="flex items-center gap-3 rounded-lg border border-neutral-border-default bg-neutral-background-default py-2 pr-2 pl-4 shadow-lg"
            onKeyDown={(event) => {
              if (event.key === 'Escape') onDismiss();
            }}
          >
            <span>{deletion.message}</span>
            <button
              ref={undoRef}
              type="button"
              className="ds-button"
              data-variant="secondary"
              data-size="sm"
              onClick={onUndo}
            >
              {t('editor.undo')}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="tertiary"
              data-color="neutral"
              data-size="sm"
              data-icon="true"
              aria-label={t('editor.dismiss')}
              title={t('editor.dismiss')}
              onClick={onDismiss}
            >
              <Icon name="close" />
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
