import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceColor } from '../../../shared/presence/palette';
import { ColorPicker } from '../../identity/ColorPicker';
import type { PresenceColorChoice as Choice } from '../../identity/usePresenceColor';
import { useAnnounce } from '../../ui/announcerContext';

/**
 * Choosing the colour others see this person in, right where they see the others: saved as soon
 * as it is chosen (the same choice as the header's dialog).
 */
export function PresenceColorChoice({ choice }: { choice: Choice }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [failed, setFailed] = useState(false);

  const choose = (color: PresenceColor, label: string) => {
    setFailed(false);
    choice.choose(color).then(
      // Said once, for the colour the person stopped at, not for each one arrowed past.
      (outcome) => {
        if (outcome === 'saved') announce(t('presenceColor.saved', { color: label }));
      },
      () => {
        setFailed(true);
        announce(t('presenceColor.failed'));
      },
    );
  };

  return (
    <details className="text-sm" data-testid="presence-color">
      <summary className="ds-link cursor-pointer">{t('presenceColor.summary')}</summary>
      <ColorPicker
        className="mt-2"
        value={choice.color}
        onChange={choose}
        legend={t('presenceColor.legend')}
        description={t('presenceColor.intro')}
      >
        {failed && (
          <p className="ds-validation-message" data-color="danger">
            {t('presenceColor.failed')}
          </p>
        )}
      </ColorPicker>
    </details>
  );
}
