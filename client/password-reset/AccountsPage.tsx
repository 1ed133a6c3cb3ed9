import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../shared/api/users';
import { useAuth } from '../auth/authContext';
import { useResource } from '../http/useResource';
import { FormMessage } from '../ui/FormMessage';
import { MessagePage } from '../ui/MessagePage';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { NewResetLink } from './NewResetLink';
import { fetchUsers, makeResetLink } from './resetApi';

/** Route `/accounts`: administrators see every account and make password reset links. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  if (me?.kind !== 'user' || !me.isAdmin)
    return (
      <MessagePage title={t('passwordReset.accountsTitle')}>
        <p className="ds-paragraph">{t('passwordReset.adminsOnly')}</p>
      </MessagePage>
    );
  return <Accounts />;
}

function Accounts() {
  const { t } = useTranslation();
  usePageTitle(t('passwordReset.accountsTitle'));
  const { resource, reload } = useResource('users', fetchUsers);
  const [made, setMade] = useState<{ name: string; url: string } | null>(null);
  const [making, setMaking] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const make = async (user: UserSummary) => {
    if (making) return;
    setMaking(user.id);
    setMessage(null);
    try {
      const link = await makeResetLink(user.id);
      setMade({ name: user.name, url: link.url });
    } catch {
      setMessage(t('passwordReset.makeFailed'));
    } finally {
      setMaking(null);
    }
  };

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="ds-heading mb-2" data-size="lg">
        {t('passwordReset.accountsTitle')}
      </h1>
      <p className="ds-paragraph mb-8 text-neutral-text-subtle">
        {t('passwordReset.accountsIntro')}
      </p>
      {made && <NewResetLink key={made.url} name={made.name} url={made.url} />}
      <FormMessage message={message} />
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <div className="ds-alert" data-color="danger" role="alert">
          <p className="mb-3">{t('passwordReset.loadFailed')}</p>
          <button type="button" className="ds-button" data-variant="secondary" onClick={reload}>
            {t('passwordReset.retry')}
          </button>
        </div>
      )}
      {resource.state === 'ready' && (
        <table className="ds-table w-full" data-border="true">
          <caption className="ds-sr-only">{t('passwordReset.accountsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('passwordReset.nameColumn')}</th>
              <th scope="col">{t('passwordReset.emailColumn')}</th>
              <th scope="col">{t('passwordReset.actionsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {resource.data.map((user) => (
              <tr key={user.id}>
                <th scope="row" className="font-normal">
                  {user.name}
                  {user.isAdmin && (
                    <span className="ml-2 text-sm text-neutral-text-subtle">
                      ({t('passwordReset.administrator')})
                    </span>
                  )}
                </th>
                <td>{user.email}</td>
                <td>
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="secondary"
                    data-size="sm"
                    aria-label={
                      making === user.id
                        ? undefined
                        : t('passwordReset.makeLinkFor', { name: user.name })
                    }
                    aria-disabled={making !== null || undefined}
                    onClick={() => void make(user)}
                  >
                    {making === user.id ? t('passwordReset.making') : t('passwordReset.makeLink')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
