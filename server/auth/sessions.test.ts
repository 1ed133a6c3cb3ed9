import { describe, it, expect } from 'vitest';
import { useTestEnv } from '../testing/testEnv';
import type { GuestRecord, UserRecord } from '../storage/Storage';
import type { SqliteStorage } from '../storage/sqlite/SqliteStorage';
import { Sessions } from './sessions';
import { hashToken } from './tokens';

const TTL = 60_000;
const T0 = 1_700_000_000_000;

const kari: UserRecord = { id: 'u1', email: 'kari@bergen.kommune.no', name: 'Kari', passwordHash: null, isAdmin: false, createdAt: 1, presenceColor: null };
const ola: GuestRecord = { id: 'g1', planId: 'p', inviteId: 'i', displayName: 'Ola', association: 'Velforeningen', role: 'participant', createdAt: 2, presenceColor: null, deviceHash: null };

/** Replaces one character, so the token stays the same length and alphabet. */
function tamper(token: string, index = 10): string {
  const c = token[index] === 'A' ? 'B' : 'A';
  return token.slice(0, index) + c + token.slice(index + 1);
}

describe('Sessions', () => {
  const env = useTestEnv();

  async function setup(): Promise<{ storage: SqliteStorage; sessions: Sessions }> {
    const storage = env().sqlite();
    await storage.accounts.createUser(kari);
    await storage.plans.createPlan({ id: 'p', title: 'P', municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, 'plan:p', new Uint8Array([0, 0]));
    await storage.invites.createInvite({
      id: 'i',
      planId: 'p',
      tokenHash: 'invite-hash',
      role: 'participant',
      label: '',
      createdBy: null,
      createdAt: 1,
      expiresAt: null,
      maxUses: null,
      uses: 0,
      revokedAt: null,
    });
    expect(await storage.invites.redeemInvite('i', ola, 2)).toBe('ok');
    return { storage, sessions: new Sessions(storage.accounts, storage.invites, TTL) };
  }

  it('starts a user session stored only as the token’s hash, and identifies the user', async () => {
    const { storage, sessions } = await setup();
    const { token, record } = await sessions.start({ userId: 'u1' }, T0);
    expect(record).toEqual({ tokenHash: hashToken(token), userId: 'u1', guestId: null, createdAt: T0, expiresAt: T0 + TTL });
    expect(await storage.accounts.getSession(record.tokenHash)).toEqual(record);
    expect(await storage.accounts.getSession(token)).toBeNull();
    expect(await sessions.identify(token, T0 + 1)).toEqual({ kind: 'user', user: kari, sessionHash: record.tokenHash, expiresAt: T0 + TTL });
  });

  it('starts a guest session and identifies the guest', async () => {
    const { sessions } = await setup();
    const { token, record } = await sessions.start({ guestId: 'g1' }, T0);
    expect(record).toMatchObject({ userId: null, guestId: 'g1' });
    expect(await sessions.identify(token, T0 + 1)).toEqual({ kind: 'guest', guest: ola, sessionHash: record.tokenHash, expiresAt: T0 + TTL });
  });

  it('gives each session its own token', async () => {
    const { sessions } = await setup();
    const a = await sessions.start({ userId: 'u1' }, T0);
    const b = await sessions.start({ userId: 'u1' }, T0);
    expect(a.token).not.toBe(b.token);
    expect((await sessions.identify(a.token, T0)).kind).toBe('user');
    expect((await sessions.identify(b.token, T0)).kind).toBe('user');
  });

  it('treats an expired session as anonymous and deletes it; expiresAt itself is expired', async () => {
    const { storage, sessions } = await setup();
    const { token, record } = await sessions.start({ userId: 'u1' }, T0);
    expect((await sessions.identify(token, T0 + TTL - 1)).kind).toBe('user');
    expect(await sessions.identify(token, T0 + TTL)).toEqual({ kind: 'anonymous' });
    expect(await storage.accounts.getSession(record.tokenHash)).toBeNull();
    // Gone for good, even if the clock stepped back.
    expect(await sessions.identify(token, T0)).toEqual({ kind: 'anonymous' });
  });

  it('treats missing, empty, unknown, tampered and over-long tokens as anonymous', async () => {
    const { sessions } = await setup();
    const { token } = await sessions.start({ userId: 'u1' }, T0);
    const refused = [
      undefined,
      '',
      'not-a-token',
      tamper(token),
      tamper(token, 0),
      tamper(token, token.length - 1),
      token.slice(0, -1),
      `${token}x`,
      ` ${token}`,
      token.toUpperCase(),
      hashToken(token),
      'x'.repeat(101),
      'x'.repeat(100_000),
    ];
    for (const candidate of refused) {
      expect(await sessions.identify(candidate, T0 + 1), String(candidate).slice(0, 20)).toEqual({ kind: 'anonymous' });
    }
    // The real session is untouched by all that.
    expect((await sessions.identify(token, T0 + 1)).kind).toBe('user');
  });

  it('end() deletes the session; ending nothing or an unknown token is harmless', async () => {
    const { storage, sessions } = await setup();
    const { token, record } = await sessions.start({ userId: 'u1' }, T0);
    const other = await sessions.start({ userId: 'u1' }, T0);
    await sessions.end(token);
    expect(await storage.accounts.getSession(record.tokenHash)).toBeNull();
    expect(await sessions.identify(token, T0 + 1)).toEqual({ kind: 'anonymous' });
    expect((await sessions.identify(other.token, T0 + 1)).kind).toBe('user');
    await sessions.end(undefined);
    await sessions.end('');
    await sessions.end('unknown');
  });

  it('a guest counts only until their invitation expires, and the identity says when', async () => {
    const { storage, sessions } = await setup();
    await storage.invites.createInvite({
      id: 'short', planId: 'p', tokenHash: 'short-hash', role: 'editor', label: '', createdBy: null,
      createdAt: T0, expiresAt: T0 + 10_000, maxUses: null, uses: 0, revokedAt: null,
    });
    expect(await storage.invites.redeemInvite('short', { ...ola, id: 'g2', inviteId: 'short' }, T0)).toBe('ok');
    const { token } = await sessions.start({ guestId: 'g2' }, T0);
    expect(await sessions.identify(token, T0 + 9_999)).toMatchObject({ kind: 'guest', expiresAt: T0 + 10_000 });
    expect(await sessions.identify(token, T0 + 10_000)).toEqual({ kind: 'anonymous' });
  });

  it('a deleted guest’s session no longer identifies anyone', async () => {
    const { storage, sessions } = await setup();
    const { token } = await sessions.start({ guestId: 'g1' }, T0);
    await storage.invites.deleteGuest('g1');
    expect(await sessions.identify(token, T0 + 1)).toEqual({ kind: 'anonymous' });
  });

  it('reads the person fresh: a guest’s changed role shows at the next identify', async () => {
    const { storage, sessions } = await setup();
    const { token } = await sessions.start({ guestId: 'g1' }, T0);
    await storage.invites.setGuestRole('g1', 'observer');
    const identity = await sessions.identify(token, T0 + 1);
    expect(identity.kind === 'guest' && identity.guest.role).toBe('observer');
  });
});
