import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../ui/ModalDialog';
import { ColorPicker } from './ColorPicker';

interface Props {
  initial: string;
  onSave: (color: string) => void;
  onClose: () => void;
}

/** Changing one's colour; the name comes from the account or the invitation. */
export function ColorDialog({ initial, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [color, setColor] = useState(initial);
  return (
    <ModalDialog title={t('identity.dialogTitle')} onClose={onClose}>
      {(close) => {
        const submit = (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          onSave(color);
          close();
        };
        return (
          <form onSubmit={submit} className="flex flex-col gap-6">
            <p className="ds-paragraph">{t('identity.colorIntro')}</p>
            <ColorPicker value={color} onChange={setColor} />
            <div className="flex flex-wrap gap-3">
              <button type="submit" className="ds-button" data-variant="primary">
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
