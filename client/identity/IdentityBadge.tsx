import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/authContext';
import { useIdentity } from './identityContext';

/** Who is logged in ("gjest" for people who came through a link), with their colour. */
export function IdentityBadge() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { identity, openEditor } = useIdentity();
  if (!identity || !me) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="flex items-center gap-2" data-testid="who-am-i">
        <span
          aria-hidden="true"
          className="inline-block size-3 rounded-full"
          style={{ backgroundColor: identity.color }}
        />
        <span>
          <span className="ds-sr-only">{t('identity.youAre')} </span>
          {identity.name}
          {me.kind === 'guest' && (
            <span className="text-neutral-text-subtle"> ({t('identity.guest')})</span>
          )}
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
