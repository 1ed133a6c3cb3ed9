import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { IdentityBadge } from '../identity/IdentityBadge';
import { LogoutButton } from '../auth/LogoutButton';
import { useAuth } from '../auth/authContext';

export function Header() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <header className="border-b border-neutral-border-subtle bg-neutral-background-tinted">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-3 px-4 py-3">
        <Link to="/" className="text-lg font-semibold text-neutral-text-default no-underline">
          {t('app.name')}
        </Link>
        {me && (
          <nav aria-label={t('app.mainNav')}>
            <ul className="flex gap-4">
              <li>
                <Link to="/" className="ds-link">
                  {t('app.plans')}
                </Link>
              </li>
              {me.kind === 'user' && me.isAdmin && (
                <li>
                  <Link to="/accounts" className="ds-link">
                    {t('passwordReset.accountsNav')}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
        )}
        <div className="ml-auto flex min-w-0 max-w-full flex-wrap items-center gap-4">
          <IdentityBadge />
          <LogoutButton />
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
