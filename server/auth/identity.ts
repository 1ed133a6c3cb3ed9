import type { GuestRecord, UserRecord } from '../storage/Storage';

/**
 * Who is behind a request or connection, resolved from the session cookie. `expiresAt` is when
 * this stops counting (the session's end, for a guest the invitation's if sooner), so an open
 * connection can close then without reading storage again; absent when not known.
 */
export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: UserRecord; sessionHash: string; expiresAt?: number }
  | { kind: 'guest'; guest: GuestRecord; sessionHash: string; expiresAt?: number };

export const ANONYMOUS: Identity = { kind: 'anonymous' };

/** A readable name for the audit log. */
export function actorLabel(identity: Identity): string | null {
  switch (identity.kind) {
    case 'user':
      return `${identity.user.name} <${identity.user.email}>`;
    case 'guest':
      return `${identity.guest.displayName} (guest)`;
    case 'anonymous':
      return null;
    default: {
      const never: never = identity;
      return never;
    }
  }
}

/** The name other people in the plan know this person by (no e-mail). */
export function displayNameOf(identity: Identity): string | null {
  if (identity.kind === 'user') return identity.user.name;
  if (identity.kind === 'guest') return identity.guest.displayName;
  return null;
}

export function principalOf(identity: Identity): string | null {
  if (identity.kind === 'user') return `user:${identity.user.id}`;
  if (identity.kind === 'guest') return `guest:${identity.guest.id}`;
  return null;
}
