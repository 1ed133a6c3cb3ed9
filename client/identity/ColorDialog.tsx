import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { presenceColorName, type PresenceColor } from '../../shared/presence/palette';
import { useAnnounce } from '../ui/announcerContext';
import { ModalDialog } from '../ui/ModalDialog';
import { ColorPicker } from './ColorPicker';
import type { ChoiceOutcome } from './latestChoice';

interface Props {
  initial: PresenceColor;
  /** Saves on the server; rejects when it was not taken (the dialog then stays open). */
  onSave: (color: PresenceColor) => Promise<ChoiceOutcome>;
  onClose: () => void;
}

/** Changing one's colour; the name comes from the account or the invitation. */
export function ColorDialog({ initial, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [color, setColor] = useState<PresenceColor>(initial);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <ModalDialog title={t('identity.dialogTitle')} onClose={onClose}>
      {(close) => {
        const submit = (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          if (saving) return;
          setSaving(true);
          setFailed(false);
          onSave(color).then(
            (outcome) => {
              const name = presenceColorName(color);
              if (outcome === 'saved' && name) {
                announce(t('presenceColor.saved', { color: t(`identity.colors.${name}`) }));
              }
              close();
            },
            () => {
              setSaving(false);
              setFailed(true);
              announce(t('presenceColor.failed'));
            },
          );
        };
        return (
          <form onSubmit={submit} className="flex flex-col gap-6">
            <ColorPicker
              value={color}
              onChange={setColor}
              legend={t('presenceColor.legend')}
              description={t('presenceColor.intro')}
            >
              {failed && (
                <p className="ds-validation-message" data-color="danger">
                  {t('presenceColor.failed')}
                </p>
              )}
            </ColorPicker>
            <div className="flex flex-wrap gap-3">
              <button type="submit" className="ds-button" data-variant="primary" aria-disabled={saving}>
                {t('identity.save')}
              </button>
              <button type="button" className="ds-button" data-variant="secondary" onClick={close}>
                {t('identity.cancel')}
              </button>
            </div>
          </form>
        );
      }}
    </ModalDialog>
  );
}
