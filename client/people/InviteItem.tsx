import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InviteSummary } from '../../shared/api/invites';
import { formatDateTime } from '../i18n/formatDate';

interface Props {
  invite: InviteSummary;
  onRevoke: (invite: InviteSummary) => void;
}

/** One link: what it gives, whether it still works, how much it was used and by whom. */
export function InviteItem({ invite, onRevoke }: Props) {
  const { t, i18n } = useTranslation();
  const date = (time: number) => formatDateTime(time, i18n.resolvedLanguage ?? 'nb');
  const name = inviteName(invite, t);
  const headingId = `invite-${invite.id}`;
  const expired = invite.expiresAt !== null && invite.expiresAt <= Date.now();

  return (
    <li className="py-5" data-invite-id={invite.id}>
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start gap-3">
          <h3
            id={headingId}
            tabIndex={-1}
            className="ds-heading flex-1 outline-none"
            data-size="2xs"
          >
            {name}
          </h3>
          <span className="ds-tag" data-color={invite.status === 'active' ? 'success' : 'neutral'}>
            {t(`people.status.${invite.status}`)}
          </span>
        </div>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-neutral-text-subtle">{t('people.roleLegend')}</dt>
          <dd>{t(`roles.names.${invite.role}`)}</dd>
          <dt className="text-neutral-text-subtle">{t('people.usesTerm')}</dt>
          <dd>
            {invite.maxUses === null
              ? t('people.usesUnlimited', { uses: invite.uses })
              : t('people.uses', { uses: invite.uses, max: invite.maxUses })}
          </dd>
          <dt className="text-neutral-text-subtle">{t('people.expiresTerm')}</dt>
          <dd>
            {invite.expiresAt === null
              ? t('people.neverExpires')
              : t(expired ? 'people.expiredAt' : 'people.expiresAt', {
                  date: date(invite.expiresAt),
                })}
          </dd>
          <dt className="text-neutral-text-subtle">{t('people.createdTerm')}</dt>
          <dd>{date(invite.createdAt)}</dd>
        </dl>
        <h4 className="mt-3 text-sm font-semibold">{t('people.joinedHeading')}</h4>
        {invite.joined.length === 0 && invite.joinedStaff.length === 0 ? (
          <p className="text-sm text-neutral-text-subtle">{t('people.noneJoined')}</p>
        ) : (
          <>
            <p className="text-sm text-neutral-text-subtle">
              {t('people.joinedCounts', {
                guests: t('people.guestCount', { count: invite.joined.length }),
                staff: t('people.staffCount', { count: invite.joinedStaff.length }),
              })}
            </p>
            <ul className="mt-1 text-sm">
              {invite.joinedStaff.map((person) => (
                <li key={person.principal}>
                  {t('people.joinedStaff', {
                    name: person.name,
                    role: t(`roles.nouns.${person.role}`),
                  })}
                </li>
              ))}
              {invite.joined.map((person) => (
                <li key={person.id}>
                  {person.association
                    ? t('people.joinedWithAssociation', {
                        name: person.name,
                        association: person.association,
                        date: date(person.joinedAt),
                      })
                    : t('people.joined', { name: person.name, date: date(person.joinedAt) })}
                </li>
              ))}
            </ul>
          </>
        )}
        {invite.status === 'active' && (
          <button
            type="button"
            className="ds-button mt-3"
            data-variant="secondary"
            data-color="danger"
            data-size="sm"
            aria-label={t('people.revokeLabel', { name })}
            onClick={() => onRevoke(invite)}
          >
            {t('people.revoke')}
          </button>
        )}
      </article>
    </li>
  );
}

/** A link's label, or its role when it has none ("Lenke for observatører"). */
export function inviteName(invite: Pick<InviteSummary, 'label' | 'role'>, t: TFunction): string {
  return invite.label.trim() || t('people.untitledLink', { role: t(`roles.nouns.${invite.role}`) });
}
