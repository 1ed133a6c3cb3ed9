import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/authContext';
import { MessagePage } from '../ui/MessagePage';

export type UnavailableReason = 'expired' | 'revoked' | 'exhausted' | 'unknown';

/** A link that cannot be used any more: why, and what to do (ask for a new one). Never blank. */
export function InviteUnavailable({
  reason,
  takeFocus,
}: {
  reason: UnavailableReason;
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <MessagePage title={t(`invite.unavailable.${reason}.title`)} takeFocus={takeFocus}>
      <p className="ds-paragraph">{t(`invite.unavailable.${reason}.text`)}</p>
      <p className="ds-paragraph">{t('invite.unavailable.whatToDo')}</p>
      {me ? (
        <Link to="/" className="ds-link">
          {t('app.backToPlans')}
        </Link>
      ) : (
        <Link to="/login" className="ds-link">
          {t('invite.unavailable.haveAccount')}
        </Link>
      )}
    </MessagePage>
  );
}
