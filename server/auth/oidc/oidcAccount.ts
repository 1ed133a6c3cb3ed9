import type { AccountStorage, UserRecord } from '../../storage/Storage';
import { displayNameSchema, emailSchema } from '../../../shared/api/auth';
import { newId } from '../../../shared/plan/items';
import type { OidcPerson } from './OidcClient';

export type OidcRefusal =
  /** No e-mail, or one the IdP has not verified: nothing safe to match an account by. */
  | 'no-verified-email'
  /** No staff account with this e-mail, and auto-provisioning is off. */
  | 'no-account'
  /** No administrator yet: an account made now would block the one-time setup link for good. */
  | 'setup-pending';

export type OidcAccountOutcome =
  | { ok: true; user: UserRecord; how: 'linked-before' | 'linked-now' | 'created' }
  | { ok: false; reason: OidcRefusal };

/**
 * The staff account behind an IdP login: the one linked to (issuer, subject), else the one with
 * the same verified e-mail (linked now, so a later change of e-mail at the IdP keeps working),
 * else, when allowed, a new one without a password and without any plan roles.
 */
export async function findOidcAccount(
  accounts: AccountStorage,
  person: OidcPerson,
  options: { autoProvision: boolean; now?: number },
): Promise<OidcAccountOutcome> {
  const linked = await accounts.getUserByOidc(person.issuer, person.subject);
  if (linked) return { ok: true, user: linked, how: 'linked-before' };

  // An unverified address could be anyone's: matching on it would hand over that account.
  const email = emailSchema.safeParse(person.email);
  if (!email.success || !person.emailVerified) return { ok: false, reason: 'no-verified-email' };

  const existing = await accounts.getUserByEmail(email.data);
  if (existing) {
    await accounts.linkOidc(existing.id, person.issuer, person.subject);
    return { ok: true, user: existing, how: 'linked-now' };
  }

  if (!options.autoProvision) return { ok: false, reason: 'no-account' };
  if ((await accounts.countUsers()) === 0) return { ok: false, reason: 'setup-pending' };

  const name = displayNameSchema.safeParse(person.name?.slice(0, 80));
  const user: UserRecord = {
    id: newId(),
    email: email.data,
    name: name.success ? name.data : email.data.split('@')[0]!.slice(0, 80),
    passwordHash: null,
    isAdmin: false,
    createdAt: options.now ?? Date.now(),
  };
  await accounts.createUser(user);
  await accounts.linkOidc(user.id, person.issuer, person.subject);
  return { ok: true, user, how: 'created' };
}
