import { useTranslation } from 'react-i18next';
import { useIdentity } from './identityContext';

/** Who this browser is, with the way to change it. */
export function IdentityBadge() {
  const { t } = useTranslation();
  const { identity, openEditor } = useIdentity();
  if (!identity) return null;
  return (
    <div className="flex items-center gap-2">
      <span className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="inline-block size-3 rounded-full"
          style={{ backgroundColor: identity.color }}
        />
        <span>
          <span className="ds-sr-only">{t('identity.youAre')} </span>
          {identity.name}
        </span>
      </span>
      <button
        type="button"
        className="ds-button"
        data-variant="tertiary"
        data-size="sm"
        onClick={openEditor}
      >
        {t('identity.change')}
      </button>
    </div>
  );
}
