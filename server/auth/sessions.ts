import type { AccountStorage, InviteStorage, SessionRecord } from '../storage/Storage';
import { ANONYMOUS, type Identity } from './identity';
import { hashToken, newToken, sameHash } from './tokens';

export const SESSION_COOKIE = 'medverk_session';

/** Sessions live in the database (so a revoked one is gone everywhere) and only as a hash. */
export class Sessions {
  constructor(
    private readonly accounts: AccountStorage,
    private readonly invites: InviteStorage,
    readonly ttlMs: number,
  ) {}

  async start(owner: { userId: string } | { guestId: string }, now = Date.now()): Promise<{ token: string; record: SessionRecord }> {
    const token = newToken();
    const record: SessionRecord = {
      tokenHash: hashToken(token),
      userId: 'userId' in owner ? owner.userId : null,
      guestId: 'guestId' in owner ? owner.guestId : null,
      createdAt: now,
      expiresAt: now + this.ttlMs,
    };
    await this.accounts.createSession(record);
    return { token, record };
  }

  /** Unknown, expired, tampered or revoked tokens all resolve to anonymous. */
  async identify(token: string | undefined, now = Date.now()): Promise<Identity> {
    if (!token || token.length > 100) return ANONYMOUS;
    const tokenHash = hashToken(token);
    const session = await this.accounts.getSession(tokenHash);
    if (!session || !sameHash(session.tokenHash, tokenHash)) return ANONYMOUS;
    if (session.expiresAt <= now) {
      await this.accounts.deleteSession(tokenHash);
      return ANONYMOUS;
    }
    if (session.userId) {
      const user = await this.accounts.getUser(session.userId);
      return user ? { kind: 'user', user, sessionHash: tokenHash, expiresAt: session.expiresAt } : ANONYMOUS;
    }
    if (session.guestId) {
      const guest = await this.invites.getGuest(session.guestId);
      if (!guest) return ANONYMOUS;
      // A guest is in only as long as the invitation that let them in.
      const invite = await this.invites.getInvite(guest.inviteId);
      const inviteEnds = invite?.expiresAt ?? null;
      if (inviteEnds !== null && inviteEnds <= now) return ANONYMOUS;
      const expiresAt = inviteEnds === null ? session.expiresAt : Math.min(session.expiresAt, inviteEnds);
      return { kind: 'guest', guest, sessionHash: tokenHash, expiresAt };
    }
    return ANONYMOUS;
  }

  async end(token: string | undefined): Promise<void> {
    if (token) await this.accounts.deleteSession(hashToken(token));
  }
}
