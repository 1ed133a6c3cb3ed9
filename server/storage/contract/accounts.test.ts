import { describe, it, expect } from 'vitest';
import { describeEachEngine } from './engines';
import { SETUP_TOKEN_TTL_MS, type GuestRecord, type InviteRecord, type SessionRecord, type UserRecord, type Storage } from '../Storage';

function user(id: string, overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id,
    email: `${id}@kommune.no`,
    name: `Person ${id}`,
    passwordHash: null,
    isAdmin: false,
    createdAt: 1_000,
    presenceColor: null,
    ...overrides,
  };
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

    it('stores a chosen presence colour, reads null when none is set, and changes or clears it', async () => {
      const { accounts } = await open();
      await accounts.createUser(user('a', { presenceColor: '#1f77b4' }));
      // A record from before presence colours: the field left out entirely.
      await accounts.createUser({ id: 'b', email: 'b@kommune.no', name: 'Person b', passwordHash: null, isAdmin: false, createdAt: 1_000 });
      expect(await accounts.getUser('a')).toEqual(user('a', { presenceColor: '#1f77b4' }));
      expect((await accounts.getUser('b'))?.presenceColor).toBeNull();
      await accounts.setPresenceColor('b', '#ff7f0e');
      await accounts.setPresenceColor('a', null);
      expect((await accounts.getUserByEmail('b@kommune.no'))?.presenceColor).toBe('#ff7f0e');
      expect((await accounts.listUsers()).map((u) => u.presenceColor)).toEqual([null, '#ff7f0e']);
      // An unknown user: nothing happens.
      await accounts.setPresenceColor('missing', '#000000');
      expect(await accounts.countUsers()).toBe(2);
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

  describe('setup tokens and the first administrator', () => {
    const admin = (id = 'admin') => user(id, { isAdmin: true });
    const day = SETUP_TOKEN_TTL_MS;

    it('a token creates the first administrator once; a second use and an unknown token are refused', async () => {
      const { accounts } = await open();
      await accounts.createSetupToken('setup-hash', 1_000);
      expect(await accounts.createFirstAdmin('unknown', admin(), 2_000)).toBe('invalid');
      expect(await accounts.countUsers()).toBe(0);
      expect(await accounts.createFirstAdmin('setup-hash', admin(), 2_000)).toBe('ok');
      expect(await accounts.getUser('admin')).toMatchObject({ isAdmin: true, email: 'admin@kommune.no' });
      expect(await accounts.createFirstAdmin('setup-hash', admin('other'), 3_000)).toBe('exists');
      expect(await accounts.countUsers()).toBe(1);
    });

    it('refuses while any account exists, whatever the token', async () => {
      const { accounts } = await open();
      await accounts.createSetupToken('setup-hash', 1_000);
      await accounts.createUser(user('staff'));
      expect(await accounts.createFirstAdmin('setup-hash', admin(), 2_000)).toBe('exists');
      expect(await accounts.getUser('admin')).toBeNull();
    });

    it('issuing a token replaces every earlier one, also after reopening the database', async () => {
      const first = await open();
      await first.accounts.createSetupToken('one', 1_000);
      await first.accounts.createSetupToken('two', 1_000);
      const second = await open();
      await second.accounts.createSetupToken('three', 1_000);
      expect(await first.accounts.createFirstAdmin('one', admin(), 2_000)).toBe('invalid');
      expect(await second.accounts.createFirstAdmin('two', admin(), 2_000)).toBe('invalid');
      expect(await first.accounts.countUsers()).toBe(0);
      expect(await first.accounts.createFirstAdmin('three', admin(), 2_000)).toBe('ok');
    });

    it(`a token expires ${day / 3_600_000} hours after it was issued`, async () => {
      const { accounts } = await open();
      await accounts.createSetupToken('setup-hash', 1_000);
      expect(await accounts.createFirstAdmin('setup-hash', admin(), 1_000 + day)).toBe('expired');
      expect(await accounts.countUsers()).toBe(0);
      expect(await accounts.createFirstAdmin('setup-hash', admin(), 1_000 + day - 1)).toBe('ok');
    });

    it('ten requests at once on two instances (two servers) create exactly one administrator', async () => {
      const [a, b] = [await open(), await open()];
      await a.accounts.createSetupToken('setup-hash', 1_000);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? b : a).accounts.createFirstAdmin('setup-hash', admin(`admin-${i}`), 2_000)),
      );
      expect(results.filter((r) => r === 'ok')).toHaveLength(1);
      expect(results.filter((r) => r !== 'ok').every((r) => r === 'exists')).toBe(true);
      expect(await a.accounts.countUsers()).toBe(1);
      expect(await b.accounts.listUsers()).toHaveLength(1);
    });
  });

  describe('password resets', () => {
    const reset = (tokenHash: string, userId = 'a', expiresAt = 5_000) => ({ tokenHash, userId, createdAt: 1_000, expiresAt });

    async function withUsers(storage: Storage): Promise<void> {
      await storage.accounts.createUser(user('a', { passwordHash: 'old-hash' }));
      await storage.accounts.createUser(user('b', { passwordHash: 'b-hash' }));
    }

    it('stores a reset link and reads it back unused', async () => {
      const storage = await open();
      await withUsers(storage);
      await storage.accounts.createPasswordReset(reset('r1'));
      expect(await storage.accounts.getPasswordReset('r1')).toEqual({ ...reset('r1'), usedAt: null });
      expect(await storage.accounts.getPasswordReset('missing')).toBeNull();
    });

    it('a new link replaces the user’s earlier unused links, not other users’ or used ones', async () => {
      const storage = await open();
      await withUsers(storage);
      const { accounts } = storage;
      await accounts.createPasswordReset(reset('used'));
      expect(await accounts.resetPassword('used', 'h1', 2_000)).toMatchObject({ userId: 'a' });
      await accounts.createPasswordReset(reset('first'));
      await accounts.createPasswordReset(reset('theirs', 'b'));
      await accounts.createPasswordReset(reset('second'));
      expect(await accounts.getPasswordReset('first')).toBeNull();
      expect(await accounts.resetPassword('first', 'h2', 2_000)).toBe('invalid');
      expect(await accounts.getPasswordReset('second')).toEqual({ ...reset('second'), usedAt: null });
      expect(await accounts.getPasswordReset('theirs')).toEqual({ ...reset('theirs', 'b'), usedAt: null });
      expect(await accounts.getPasswordReset('used')).toEqual({ ...reset('used'), usedAt: 2_000 });
    });

    it('refuses a link for an unknown user', async () => {
      const storage = await open();
      await expect(storage.accounts.createPasswordReset(reset('r', 'nobody'))).rejects.toThrow(/foreign key/i);
      expect(await storage.accounts.getPasswordReset('r')).toBeNull();
    });

    it('using a link sets the password, ends every session of that user only, and returns their hashes', async () => {
      const storage = await open();
      await withUsers(storage);
      await withGuests(storage, 'g1');
      const { accounts } = storage;
      await accounts.createSession(userSession('a-phone', 'a'));
      await accounts.createSession(userSession('a-laptop', 'a'));
      await accounts.createSession(userSession('b-phone', 'b'));
      await accounts.createSession(guestSession('g1-phone', 'g1'));
      await accounts.createPasswordReset(reset('r1'));

      const result = await accounts.resetPassword('r1', 'new-hash', 2_000);
      expect(result).not.toBeTypeOf('string');
      if (typeof result === 'string') return;
      expect(result.userId).toBe('a');
      expect([...result.endedSessions].sort()).toEqual(['a-laptop', 'a-phone']);
      expect((await accounts.getUser('a'))?.passwordHash).toBe('new-hash');
      expect((await accounts.getUser('b'))?.passwordHash).toBe('b-hash');
      expect(await accounts.getSession('a-phone')).toBeNull();
      expect(await accounts.getSession('a-laptop')).toBeNull();
      expect(await accounts.getSession('b-phone')).not.toBeNull();
      expect(await accounts.getSession('g1-phone')).not.toBeNull();
      expect(await accounts.getPasswordReset('r1')).toEqual({ ...reset('r1'), usedAt: 2_000 });
    });

    it('a link works once; an unknown link is invalid; neither changes anything', async () => {
      const storage = await open();
      await withUsers(storage);
      const { accounts } = storage;
      await accounts.createPasswordReset(reset('r1'));
      expect(await accounts.resetPassword('missing', 'other', 2_000)).toBe('invalid');
      expect(await accounts.resetPassword('r1', 'first', 2_000)).toEqual({ userId: 'a', endedSessions: [] });
      await accounts.createSession(userSession('a-new', 'a'));
      expect(await accounts.resetPassword('r1', 'second', 3_000)).toBe('invalid');
      expect((await accounts.getUser('a'))?.passwordHash).toBe('first');
      expect(await accounts.getSession('a-new')).not.toBeNull();
      expect((await accounts.getPasswordReset('r1'))?.usedAt).toBe(2_000);
    });

    it('a link expires at expiresAt itself, and an expired one changes nothing', async () => {
      const storage = await open();
      await withUsers(storage);
      const { accounts } = storage;
      await accounts.createSession(userSession('a-phone', 'a'));
      await accounts.createPasswordReset(reset('r1', 'a', 5_000));
      expect(await accounts.resetPassword('r1', 'late', 5_000)).toBe('expired');
      expect(await accounts.resetPassword('r1', 'later', 6_000)).toBe('expired');
      expect((await accounts.getUser('a'))?.passwordHash).toBe('old-hash');
      expect(await accounts.getSession('a-phone')).not.toBeNull();
      expect((await accounts.getPasswordReset('r1'))?.usedAt).toBeNull();
      expect(await accounts.resetPassword('r1', 'in-time', 4_999)).toMatchObject({ userId: 'a', endedSessions: ['a-phone'] });
    });

    it('the same link used at once on two instances (two servers) succeeds exactly once', async () => {
      const [first, second] = [await open(), await open()];
      await withUsers(first);
      for (let round = 0; round < 5; round++) {
        const token = `race-${round}`;
        await first.accounts.createPasswordReset(reset(token));
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) => (i % 2 ? second : first).accounts.resetPassword(token, `hash-${i}`, 2_000)),
        );
        const winners = results.filter((r) => typeof r !== 'string');
        expect(winners, `round ${round}`).toHaveLength(1);
        expect(results.filter((r) => r === 'invalid'), `round ${round}`).toHaveLength(5);
        const winner = results.findIndex((r) => typeof r !== 'string');
        expect((await second.accounts.getUser('a'))?.passwordHash).toBe(`hash-${winner}`);
      }
    });
  });
});
