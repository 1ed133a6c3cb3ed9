import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../ui/announcerContext';
import { useAuth } from './authContext';

export function LogoutButton() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  if (!me) return null;

  const run = async () => {
    setBusy(true);
    try {
      await logout();
    } catch {
      announce(t('auth.logoutFailed'));
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="ds-button"
      data-variant="secondary"
      data-size="sm"
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) void run();
      }}
    >
      {t('auth.logout')}
    </button>
  );
}
