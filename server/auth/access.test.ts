import { describe, it, expect } from 'vitest';
import { ROLES, type Role } from '../../shared/auth/roles';
import { useTestEnv } from '../testing/testEnv';
import type { GuestRecord, UserRecord } from '../storage/Storage';
import type { SqliteStorage } from '../storage/sqlite/SqliteStorage';
import { roleAccessPolicy, type AccessDecision } from './access';
import { ANONYMOUS, type Identity } from './identity';

const kari: UserRecord = { id: 'u1', email: 'kari@k.no', name: 'Kari', passwordHash: null, isAdmin: false, createdAt: 1 };
const asUser: Identity = { kind: 'user', user: kari, sessionHash: 'session-u1' };

const EXPECTED: Record<Role, AccessDecision> = {
  owner: 'write',
  editor: 'write',
  facilitator: 'write',
  participant: 'none',
  observer: 'read',
};

describe('roleAccessPolicy', () => {
  const env = useTestEnv();

  async function setup(): Promise<SqliteStorage> {
    const storage = env().sqlite();
    await storage.plans.createPlan({ id: 'p', title: 'P', municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, 'plan:p', new Uint8Array([0, 0]));
    await storage.accounts.createUser(kari);
    return storage;
  }

  it('calls names that are not plan documents, and plans that do not exist, unknown', async () => {
    const storage = await setup();
    await storage.members.setRole('p', 'u1', 'owner');
    const policy = roleAccessPolicy(storage);
    for (const doc of ['', 'p', 'plan:', 'plan:missing', 'plan:../p', 'plan:p:x', 'PLAN:p', 'workshop:p', 'x'.repeat(200)]) {
      expect(await policy.decide(asUser, doc), doc).toBe('unknown');
      expect(await policy.decide(ANONYMOUS, doc), doc).toBe('unknown');
    }
  });

  it('maps each member role to document access', async () => {
    const storage = await setup();
    const policy = roleAccessPolicy(storage);
    for (const role of ROLES) {
      await storage.members.setRole('p', 'u1', role);
      expect(await policy.decide(asUser, 'plan:p'), role).toBe(EXPECTED[role]);
    }
  });

  it('maps each guest role to document access', async () => {
    const storage = await setup();
    await storage.invites.createInvite({
      id: 'i',
      planId: 'p',
      tokenHash: 'h',
      role: 'participant',
      label: '',
      createdBy: null,
      createdAt: 1,
      expiresAt: null,
      maxUses: null,
      uses: 0,
      revokedAt: null,
    });
    const g: GuestRecord = { id: 'g', planId: 'p', inviteId: 'i', displayName: 'Ola', association: null, role: 'participant', createdAt: 2 };
    expect(await storage.invites.redeemInvite('i', g, 5)).toBe('ok');
    const identity: Identity = { kind: 'guest', guest: g, sessionHash: 'session-g' };
    const policy = roleAccessPolicy(storage);
    for (const role of ROLES) {
      await storage.invites.setGuestRole('g', role);
      expect(await policy.decide(identity, 'plan:p'), role).toBe(EXPECTED[role]);
    }
    await storage.invites.revokeInvite('i', 10);
    expect(await policy.decide(identity, 'plan:p')).toBe('none');
  });

  it('gives anonymous callers and non-members no access to an existing plan', async () => {
    const storage = await setup();
    const policy = roleAccessPolicy(storage);
    expect(await policy.decide(ANONYMOUS, 'plan:p')).toBe('none');
    expect(await policy.decide(asUser, 'plan:p')).toBe('none');
  });

  it('makes workshop docs read-only for roles that join or run workshops, and hides private docs', async () => {
    const storage = await setup();
    await storage.workshops.createWorkshop({ id: 'w', planId: 'p', title: 'W', createdAt: 1, createdBy: null });
    const policy = roleAccessPolicy(storage);
    const expected = { owner: 'read', editor: 'read', facilitator: 'read', participant: 'read', observer: 'none' } as const;
    for (const role of ROLES) {
      await storage.members.setRole('p', 'u1', role);
      expect(await policy.decide(asUser, 'workshop:w'), role).toBe(expected[role]);
      expect(await policy.decide(asUser, 'workshop-private:w'), role).toBe('unknown');
    }
    expect(await policy.decide(asUser, 'workshop:missing')).toBe('unknown');
    expect(await policy.decide(ANONYMOUS, 'workshop:w')).toBe('none');
  });
});
