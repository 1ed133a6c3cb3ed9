import { describe, it, expect } from 'vitest';
import { describeEachEngine } from './engines';
import type { GuestRecord, InviteRecord, SessionRecord, UserRecord, Storage } from '../Storage';

function user(id: string, overrides: Partial<UserRecord> = {}): UserRecord {
  return { id, email: `${id}@kommune.no`, name: `Person ${id}`, passwordHash: null, isAdmin: false, createdAt: 1_000, ...overrides };
}

function userSession(tokenHash: string, userId: string, expiresAt = 10_000): SessionRecord {
  return { tokenHash, userId, guestId: null, createdAt: 1_000, expiresAt };
}

function guestSession(tokenHash: string, guestId: string): SessionRecord {
  return { tokenHash, userId: null, guestId, createdAt: 1_000, expiresAt: 10_000 };
}

/** A plan, an invite to it and guests who joined through it (sessions need real guest rows). */
async function withGuests(storage: Storage, ...guestIds: string[]): Promise<void> {
  await storage.plans.createPlan({ id: 'p', title: 'P', municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, 'plan:p', new Uint8Array([0, 0]));
  const invite: InviteRecord = {
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
  };
  await storage.invites.createInvite(invite);
  for (const id of guestIds) {
    const guest: GuestRecord = { id, planId: 'p', inviteId: 'i', displayName: id, association: null, role: 'participant', createdAt: 2 };
    expect(await storage.invites.redeemInvite('i', guest, 2)).toBe('ok');
  }
}

describeEachEngine('accounts', (open) => {

  describe('users', () => {
    it('counts, creates and gets users with every field', async () => {
      const { accounts } = await open();
      expect(await accounts.countUsers()).toBe(0);
      const admin = user('a', { passwordHash: 'scrypt$1$2$3$salt$key', isAdmin: true, createdAt: 42 });
      await accounts.createUser(admin);
      await accounts.createUser(user('b'));
      expect(await accounts.countUsers()).toBe(2);
      expect(await accounts.getUser('a')).toEqual(admin);
      expect(await accounts.getUser('b')).toEqual(user('b'));
      expect(await accounts.getUser('missing')).toBeNull();
    });

    it('lists all users by name', async () => {
      const { accounts } = await open();
      expect(await accounts.listUsers()).toEqual([]);
      await accounts.createUser(user('u1', { name: 'Silje' }));
      await accounts.createUser(user('u2', { name: 'Arne', isAdmin: true }));
      await accounts.createUser(user('u3', { name: 'Marit' }));
      expect(await accounts.listUsers()).toEqual([
        user('u2', { name: 'Arne', isAdmin: true }),
        user('u3', { name: 'Marit' }),
        user('u1', { name: 'Silje' }),
      ]);
    });

    it('finds a user by e-mail whatever the case of the lookup', async () => {
      const { accounts } = await open();
      // Callers store e-mails lower-case (the API schema lower-cases them).
      await accounts.createUser(user('a', { email: 'kari.nordmann@bergen.kommune.no' }));
      for (const email of ['kari.nordmann@bergen.kommune.no', 'Kari.Nordmann@Bergen.Kommune.NO', 'KARI.NORDMANN@BERGEN.KOMMUNE.NO']) {
        expect((await accounts.getUserByEmail(email))?.id, email).toBe('a');
      }
      expect(await accounts.getUserByEmail('ola@bergen.kommune.no')).toBeNull();
      expect(await accounts.getUserByEmail('')).toBeNull();
    });

    it('refuses a second user with the same e-mail, and keeps the first', async () => {
      const { accounts } = await open();
      await accounts.createUser(user('a', { email: 'same@kommune.no' }));
      await expect(accounts.createUser(user('b', { email: 'same@kommune.no' }))).rejects.toThrow(/unique/i);
      await expect(accounts.createUser(user('a', { email: 'other@kommune.no' }))).rejects.toThrow(/unique/i);
      expect(await accounts.countUsers()).toBe(1);
      expect((await accounts.getUserByEmail('same@kommune.no'))?.id).toBe('a');
    });

    it('links an OIDC identity and finds the user by issuer and subject', async () => {
      const { accounts } = await open();
      await accounts.createUser(user('a'));
      await accounts.createUser(user('b'));
      expect(await accounts.getUserByOidc('https://idp.example', 'sub-1')).toBeNull();
      await accounts.linkOidc('a', 'https://idp.example', 'sub-1');
      expect(await accounts.getUserByOidc('https://idp.example', 'sub-1')).toEqual(user('a'));
      // Both parts must match.
      expect(await accounts.getUserByOidc('https://other.example', 'sub-1')).toBeNull();
      expect(await accounts.getUserByOidc('https://idp.example', 'sub-2')).toBeNull();
      // One external identity belongs to one user.
      await expect(accounts.linkOidc('b', 'https://idp.example', 'sub-1')).rejects.toThrow(/unique/i);
      expect((await accounts.getUserByOidc('https://idp.example', 'sub-1'))?.id).toBe('a');
      // The same subject at another issuer is another identity.
      await accounts.linkOidc('b', 'https://other.example', 'sub-1');
      expect((await accounts.getUserByOidc('https://other.example', 'sub-1'))?.id).toBe('b');
    });
  });

  describe('sessions', () => {
    it('creates, gets and deletes user sessions', async () => {
      const { accounts } = await open();
      await accounts.createUser(user('a'));
      await accounts.createSession(userSession('h1', 'a', 5_000));
      await accounts.createSession(userSession('h2', 'a'));
      expect(await accounts.getSession('h1')).toEqual(userSession('h1', 'a', 5_000));
      expect(await accounts.getSession('missing')).toBeNull();
      await accounts.deleteSession('h1');
      expect(await accounts.getSession('h1')).toBeNull();
      expect(await accounts.getSession('h2')).not.toBeNull();
      // Deleting again, or an unknown session, is harmless.
      await accounts.deleteSession('h1');
      await accounts.deleteSession('missing');
    });

    it('refuses a session for an unknown user or guest, or for both or neither', async () => {
      const storage = await open();
      const { accounts } = storage;
      await accounts.createUser(user('a'));
      await withGuests(storage, 'g1');
      await expect(accounts.createSession(userSession('h', 'nobody'))).rejects.toThrow(/foreign key/i);
      await expect(accounts.createSession(guestSession('h', 'nobody'))).rejects.toThrow(/foreign key/i);
      await expect(accounts.createSession({ ...userSession('h', 'a'), guestId: 'g1' })).rejects.toThrow(/check/i);
      await expect(accounts.createSession({ ...userSession('h', 'a'), userId: null })).rejects.toThrow(/check/i);
      expect(await accounts.getSession('h')).toBeNull();
    });

    it('deleteGuestSessions removes exactly those guests’ sessions and returns their hashes', async () => {
      const storage = await open();
      const { accounts } = storage;
      await withGuests(storage, 'g1', 'g2', 'g3');
      await accounts.createUser(user('a'));
      await accounts.createSession(guestSession('g1-phone', 'g1'));
      await accounts.createSession(guestSession('g1-laptop', 'g1'));
      await accounts.createSession(guestSession('g2-phone', 'g2'));
      await accounts.createSession(guestSession('g3-phone', 'g3'));
      await accounts.createSession(userSession('staff', 'a'));

      const removed = await accounts.deleteGuestSessions(['g1', 'g2', 'unknown']);
      expect([...removed].sort()).toEqual(['g1-laptop', 'g1-phone', 'g2-phone']);
      for (const hash of removed) expect(await accounts.getSession(hash)).toBeNull();
      expect(await accounts.getSession('g3-phone')).not.toBeNull();
      expect(await accounts.getSession('staff')).not.toBeNull();

      expect(await accounts.deleteGuestSessions(['g1'])).toEqual([]);
      expect(await accounts.deleteGuestSessions([])).toEqual([]);
    });

    it('deleting a guest deletes their sessions with them', async () => {
      const storage = await open();
      await withGuests(storage, 'g1');
      await storage.accounts.createSession(guestSession('g1-phone', 'g1'));
      await storage.invites.deleteGuest('g1');
      expect(await storage.accounts.getSession('g1-phone')).toBeNull();
    });
  });

  describe('setup tokens', () => {
    it('can be used once; a second use and an unknown token are refused', async () => {
      const { accounts } = await open();
      await accounts.createSetupToken('setup-hash', 1_000);
      expect(await accounts.useSetupToken('unknown', 2_000)).toBe(false);
      expect(await accounts.useSetupToken('setup-hash', 2_000)).toBe(true);
      expect(await accounts.useSetupToken('setup-hash', 3_000)).toBe(false);
    });

    it('a used token stays used after reopening the database', async () => {
      const first = await open();
      await first.accounts.createSetupToken('setup-hash', 1_000);
      expect(await first.accounts.useSetupToken('setup-hash', 2_000)).toBe(true);
      await first.close();
      const second = await open();
      expect(await second.accounts.useSetupToken('setup-hash', 3_000)).toBe(false);
    });

    it('two tokens are independent', async () => {
      const { accounts } = await open();
      await accounts.createSetupToken('one', 1_000);
      await accounts.createSetupToken('two', 1_000);
      expect(await accounts.useSetupToken('one', 2_000)).toBe(true);
      expect(await accounts.useSetupToken('two', 2_000)).toBe(true);
    });
  });
});
