import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import { useSendAction, type Send } from '../useSendAction';

/**
 * "End the workshop", after a confirm step: ending is final (no one can send anything more,
 * the phones show the closing screen), and the button sits among everyday controls.
 * `onEnded` runs once it has ended (the page moves focus, as this button is then gone).
 */
export function EndWorkshopButton({ send, onEnded }: { send: Send; onEnded: () => void }) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const [asking, setAsking] = useState(false);
  return (
    <div className="flex flex-col items-start gap-2">
      <SmallButton
        variant="secondary"
        color="danger"
        aria-disabled={busy || undefined}
        aria-haspopup="dialog"
        onClick={() => {
          if (!busy) setAsking(true);
        }}
      >
        {t('workshop.lead.end')}
      </SmallButton>
      <FormMessage message={error} />
      {asking && (
        <ConfirmDialog
          title={t('workshop.stage.endTitle')}
          text={t('workshop.stage.endText')}
          confirmLabel={t('workshop.stage.endConfirm')}
          cancelLabel={t('workshop.stage.endCancel')}
          onConfirm={() =>
            void run({ type: 'end' }, t('workshop.lead.endConfirm')).then((ended) => {
              if (ended) onEnded();
            })
          }
          onClose={() => setAsking(false)}
        />
      )}
    </div>
  );
}
