import { it, expect } from 'vitest';
import type { Storage } from '../Storage';
import { describeEachEngine } from './engines';

describeEachEngine('members', (open) => {

  /** Plans p and q, and users named so that their ids and names sort differently. */
  async function setup(): Promise<Storage> {
    const storage = await open();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan({ id, title: id, municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
    }
    for (const [id, name] of [['u1', 'Silje'], ['u2', 'Arne'], ['u3', 'Marit']] as const) {
      await storage.accounts.createUser({ id, email: `${id}@bergen.kommune.no`, name, passwordHash: null, isAdmin: false, createdAt: 1 });
    }
    return storage;
  }

  it('sets, gets and changes a role (upsert)', async () => {
    const { members } = await setup();
    expect(await members.getRole('p', 'u1')).toBeNull();
    await members.setRole('p', 'u1', 'editor');
    expect(await members.getRole('p', 'u1')).toBe('editor');
    await members.setRole('p', 'u1', 'observer');
    expect(await members.getRole('p', 'u1')).toBe('observer');
    expect(await members.listMembers('p')).toHaveLength(1);
    // A role is per plan.
    expect(await members.getRole('q', 'u1')).toBeNull();
  });

  it('lists a plan’s members with name and e-mail, by name', async () => {
    const { members } = await setup();
    await members.setRole('p', 'u1', 'owner');
    await members.setRole('p', 'u2', 'editor');
    await members.setRole('p', 'u3', 'observer');
    await members.setRole('q', 'u2', 'owner');
    expect(await members.listMembers('p')).toEqual([
      { planId: 'p', userId: 'u2', role: 'editor', joinedThrough: null, name: 'Arne', email: 'u2@bergen.kommune.no' },
      { planId: 'p', userId: 'u3', role: 'observer', joinedThrough: null, name: 'Marit', email: 'u3@bergen.kommune.no' },
      { planId: 'p', userId: 'u1', role: 'owner', joinedThrough: null, name: 'Silje', email: 'u1@bergen.kommune.no' },
    ]);
    expect(await members.listMembers('q')).toEqual([
      { planId: 'q', userId: 'u2', role: 'owner', joinedThrough: null, name: 'Arne', email: 'u2@bergen.kommune.no' },
    ]);
    expect(await members.listMembers('none')).toEqual([]);
  });

  it('records the invitation a new membership was made through, and keeps it when the role changes', async () => {
    const storage = await setup();
    const { members, invites } = storage;
    for (const id of ['i', 'j']) {
      await invites.createInvite({
        id,
        planId: 'p',
        tokenHash: `hash-${id}`,
        role: 'editor',
        label: '',
        createdBy: null,
        createdAt: 1,
        expiresAt: null,
        maxUses: null,
        uses: 0,
        revokedAt: null,
      });
    }
    await members.setRole('p', 'u1', 'editor', 'i');
    await members.setRole('p', 'u2', 'editor');
    await members.setRole('p', 'u3', 'observer', null);
    const joinedThrough = async () => Object.fromEntries((await members.listMembers('p')).map((m) => [m.userId, m.joinedThrough]));
    expect(await joinedThrough()).toEqual({ u1: 'i', u2: null, u3: null });
    // A role change (with another invitation, or none) does not rewrite how the member came in.
    await members.setRole('p', 'u1', 'observer', 'j');
    await members.setRole('p', 'u1', 'owner');
    await members.setRole('p', 'u2', 'observer', 'j');
    expect(await joinedThrough()).toEqual({ u1: 'i', u2: null, u3: null });
    expect(await members.getRole('p', 'u1')).toBe('owner');
    // A new membership after removal records afresh.
    await members.removeMember('p', 'u1');
    await members.setRole('p', 'u1', 'editor', 'j');
    expect(await joinedThrough()).toEqual({ u1: 'j', u2: null, u3: null });
    await expect(members.setRole('q', 'u3', 'editor', 'no-such-invite')).rejects.toThrow(/foreign key/i);
  });

  it('removes a member from one plan only', async () => {
    const { members } = await setup();
    await members.setRole('p', 'u1', 'editor');
    await members.setRole('q', 'u1', 'editor');
    await members.removeMember('p', 'u1');
    expect(await members.getRole('p', 'u1')).toBeNull();
    expect(await members.getRole('q', 'u1')).toBe('editor');
    expect(await members.listMembers('p')).toEqual([]);
    // Removing again, or someone who never was a member, is harmless.
    await members.removeMember('p', 'u1');
    await members.removeMember('p', 'u3');
  });

  it('planIdsOf lists the plans a user has a role in', async () => {
    const { members } = await setup();
    expect(await members.planIdsOf('u1')).toEqual([]);
    await members.setRole('p', 'u1', 'observer');
    await members.setRole('q', 'u1', 'owner');
    await members.setRole('q', 'u2', 'owner');
    expect([...(await members.planIdsOf('u1'))].sort()).toEqual(['p', 'q']);
    expect(await members.planIdsOf('u2')).toEqual(['q']);
    await members.removeMember('q', 'u1');
    expect(await members.planIdsOf('u1')).toEqual(['p']);
    expect(await members.planIdsOf('nobody')).toEqual([]);
  });

  it('refuses a role for an unknown plan or user', async () => {
    const { members } = await setup();
    await expect(members.setRole('no-such-plan', 'u1', 'editor')).rejects.toThrow(/foreign key/i);
    await expect(members.setRole('p', 'nobody', 'editor')).rejects.toThrow(/foreign key/i);
    expect(await members.listMembers('p')).toEqual([]);
  });
});
