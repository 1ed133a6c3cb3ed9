import { describe, it, expect } from 'vitest';
import { useTestEnv } from '../testing/testEnv';
import type { GuestRecord, InviteRecord, UserRecord } from '../storage/Storage';
import type { SqliteStorage } from '../storage/sqlite/SqliteStorage';
import type { Identity } from './identity';
import { ANONYMOUS } from './identity';
import { roleIn } from './planRoles';

const kari: UserRecord = { id: 'u1', email: 'kari@k.no', name: 'Kari', passwordHash: null, isAdmin: false, createdAt: 1 };
const admin: UserRecord = { id: 'admin', email: 'admin@k.no', name: 'Admin', passwordHash: null, isAdmin: true, createdAt: 1 };

function invite(id: string, planId: string): InviteRecord {
  return { id, planId, tokenHash: `hash-${id}`, role: 'participant', label: '', createdBy: null, createdAt: 1, expiresAt: null, maxUses: null, uses: 0, revokedAt: null };
}

function guest(id: string, planId: string, inviteId: string, role: GuestRecord['role'] = 'participant'): GuestRecord {
  return { id, planId, inviteId, displayName: id, association: null, role, createdAt: 2 };
}

const asUser = (user: UserRecord): Identity => ({ kind: 'user', user, sessionHash: `session-${user.id}` });
const asGuest = (g: GuestRecord): Identity => ({ kind: 'guest', guest: g, sessionHash: `session-${g.id}` });

describe('roleIn', () => {
  const env = useTestEnv();

  async function setup(): Promise<SqliteStorage> {
    const storage = env().sqlite();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan({ id, title: id, municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
      await storage.invites.createInvite(invite(`invite-${id}`, id));
    }
    await storage.accounts.createUser(kari);
    await storage.accounts.createUser(admin);
    return storage;
  }

  it('gives a user their member role in each plan, and null where they are not a member', async () => {
    const storage = await setup();
    await storage.members.setRole('p', 'u1', 'editor');
    expect(await roleIn(asUser(kari), 'p', storage)).toBe('editor');
    expect(await roleIn(asUser(kari), 'q', storage)).toBeNull();
    expect(await roleIn(asUser(kari), 'no-such-plan', storage)).toBeNull();
  });

  it('gives an administrator no role in a plan they are not a member of', async () => {
    const storage = await setup();
    expect(await roleIn(asUser(admin), 'p', storage)).toBeNull();
  });

  it('gives anonymous callers no role', async () => {
    const storage = await setup();
    expect(await roleIn(ANONYMOUS, 'p', storage)).toBeNull();
  });

  it('sees a member’s role change and removal at the next check', async () => {
    const storage = await setup();
    const identity = asUser(kari);
    await storage.members.setRole('p', 'u1', 'owner');
    expect(await roleIn(identity, 'p', storage)).toBe('owner');
    await storage.members.setRole('p', 'u1', 'observer');
    expect(await roleIn(identity, 'p', storage)).toBe('observer');
    await storage.members.removeMember('p', 'u1');
    expect(await roleIn(identity, 'p', storage)).toBeNull();
  });

  it('gives a guest their role in their own plan only', async () => {
    const storage = await setup();
    const g = guest('g1', 'p', 'invite-p', 'observer');
    expect(await storage.invites.redeemInvite('invite-p', g, 5)).toBe('ok');
    expect(await roleIn(asGuest(g), 'p', storage)).toBe('observer');
    expect(await roleIn(asGuest(g), 'q', storage)).toBeNull();
  });

  it('reads the guest’s role from storage, not from the identity it was given', async () => {
    const storage = await setup();
    const g = guest('g1', 'p', 'invite-p', 'participant');
    expect(await storage.invites.redeemInvite('invite-p', g, 5)).toBe('ok');
    const identity = asGuest(g);
    await storage.invites.setGuestRole('g1', 'editor');
    expect(await roleIn(identity, 'p', storage)).toBe('editor');
    // A stale or forged role in the identity counts for nothing.
    expect(await roleIn(asGuest({ ...g, role: 'owner' }), 'p', storage)).toBe('editor');
  });

  it('gives a guest no role once their invite is revoked, or once they are removed', async () => {
    const storage = await setup();
    const g1 = guest('g1', 'p', 'invite-p');
    expect(await storage.invites.redeemInvite('invite-p', g1, 5)).toBe('ok');
    await storage.invites.createInvite(invite('second', 'p'));
    const g2 = guest('g2', 'p', 'second');
    expect(await storage.invites.redeemInvite('second', g2, 5)).toBe('ok');

    await storage.invites.revokeInvite('invite-p', 10);
    expect(await roleIn(asGuest(g1), 'p', storage)).toBeNull();
    // Only the guests of the revoked link lose access.
    expect(await roleIn(asGuest(g2), 'p', storage)).toBe('participant');

    await storage.invites.deleteGuest('g2');
    expect(await roleIn(asGuest(g2), 'p', storage)).toBeNull();
  });

  it('keeps a guest’s role after their invite expires or is used up (those limit joining, not staying)', async () => {
    const storage = await setup();
    await storage.invites.createInvite({ ...invite('short', 'p'), expiresAt: 100, maxUses: 1 });
    const g = guest('g1', 'p', 'short');
    expect(await storage.invites.redeemInvite('short', g, 50)).toBe('ok');
    expect(await roleIn(asGuest(g), 'p', storage)).toBe('participant');
  });
});
