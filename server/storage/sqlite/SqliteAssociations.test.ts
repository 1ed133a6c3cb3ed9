import { describe, it, expect } from 'vitest';
import { useTestEnv } from '../../testing/testEnv';

describe('SqliteAssociations and SqliteJoinCodes', () => {
  const env = useTestEnv();

  async function setup() {
    const storage = env().sqlite();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan({ id, title: id, municipality: 'Asker', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
    }
    return storage;
  }

  it('adds, lists in order, renames and removes associations per plan', async () => {
    const { associations } = await setup();
    await associations.addAssociation({ id: 'a1', planId: 'p', name: 'Ungdomsrådet', createdAt: 5 });
    await associations.addAssociation({ id: 'a2', planId: 'p', name: 'Idrettsrådet', createdAt: 5 });
    await associations.addAssociation({ id: 'a3', planId: 'q', name: 'Annen plan', createdAt: 1 });
    expect((await associations.listAssociations('p')).map((a) => a.name)).toEqual(['Ungdomsrådet', 'Idrettsrådet']);
    await associations.renameAssociation('a1', 'Asker ungdomsråd');
    expect(await associations.getAssociation('a1')).toEqual({ id: 'a1', planId: 'p', name: 'Asker ungdomsråd', createdAt: 5 });
    await associations.removeAssociation('a2');
    expect((await associations.listAssociations('p')).map((a) => a.id)).toEqual(['a1']);
    expect(await associations.getAssociation('a2')).toBeNull();
    await expect(associations.addAssociation({ id: 'x', planId: 'nope', name: 'X', createdAt: 1 })).rejects.toThrow();
  });

  it('stores join codes once per hash and finds them by hash', async () => {
    const storage = await setup();
    await storage.workshops.createWorkshop({ id: 'w', planId: 'p', title: 'W', createdAt: 1, createdBy: null });
    await storage.invites.createInvite({
      id: 'i', planId: 'p', tokenHash: 'th', role: 'participant', label: '', createdBy: null,
      createdAt: 1, expiresAt: 100, maxUses: null, uses: 0, revokedAt: null,
    });
    const code = { codeHash: 'h1', inviteId: 'i', workshopId: 'w', createdAt: 1, expiresAt: 100 };
    expect(await storage.joinCodes.createJoinCode(code)).toBe(true);
    expect(await storage.joinCodes.createJoinCode({ ...code, expiresAt: 200 })).toBe(false);
    expect(await storage.joinCodes.getJoinCode('h1')).toEqual(code);
    expect(await storage.joinCodes.getJoinCode('missing')).toBeNull();
  });
});
