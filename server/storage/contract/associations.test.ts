import { it, expect } from 'vitest';
import { describeEachEngine } from './engines';

describeEachEngine('associations and join codes', (open) => {

  async function setup() {
    const storage = await open();
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

  it('keeps associations added in the same millisecond in the order they were added', async () => {
    const { associations } = await setup();
    const names = ['Eldrerådet', 'Ungdomsrådet', 'Idrettsrådet', 'Bygdekvinnelaget', 'Astmaforbundet'];
    for (const [i, name] of names.entries()) await associations.addAssociation({ id: `z${i}`, planId: 'p', name, createdAt: 7 });
    expect((await associations.listAssociations('p')).map((a) => a.name)).toEqual(names);
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

  it("keeps the sealed text of a workshop's newest code only, and shows that one", async () => {
    const storage = await setup();
    for (const id of ['w', 'v']) await storage.workshops.createWorkshop({ id, planId: 'p', title: id, createdAt: 1, createdBy: null });
    await storage.invites.createInvite({
      id: 'i', planId: 'p', tokenHash: 'th', role: 'participant', label: '', createdBy: null,
      createdAt: 1, expiresAt: 100, maxUses: null, uses: 0, revokedAt: null,
    });
    const { joinCodes } = storage;
    const code = (codeHash: string, workshopId: string, createdAt: number) => ({ codeHash, inviteId: 'i', workshopId, createdAt, expiresAt: 100 });
    expect(await joinCodes.shownJoinCode('w')).toBeNull();
    // Without a sealed text (as before 012): stored, but nothing to show.
    expect(await joinCodes.createJoinCode(code('plain', 'w', 1))).toBe(true);
    expect(await joinCodes.shownJoinCode('w')).toBeNull();

    expect(await joinCodes.createJoinCode(code('first', 'w', 2), 'sealed-first')).toBe(true);
    expect(await joinCodes.createJoinCode(code('other', 'v', 3), 'sealed-other')).toBe(true);
    expect(await joinCodes.shownJoinCode('w')).toEqual({ code: code('first', 'w', 2), sealed: 'sealed-first' });

    // A clash on the hash stores nothing and leaves the shown code alone.
    expect(await joinCodes.createJoinCode(code('first', 'w', 4), 'sealed-clash')).toBe(false);
    expect((await joinCodes.shownJoinCode('w'))?.sealed).toBe('sealed-first');

    expect(await joinCodes.createJoinCode(code('second', 'w', 5), 'sealed-second')).toBe(true);
    expect(await joinCodes.shownJoinCode('w')).toEqual({ code: code('second', 'w', 5), sealed: 'sealed-second' });
    // The older code still works (found by its hash).
    expect(await joinCodes.getJoinCode('first')).toEqual(code('first', 'w', 2));
    expect(await joinCodes.createJoinCode(code('third', 'w', 6), 'sealed-third')).toBe(true);
    expect((await joinCodes.shownJoinCode('w'))?.sealed).toBe('sealed-third');
    // Another workshop's code is untouched.
    expect((await joinCodes.shownJoinCode('v'))?.sealed).toBe('sealed-other');
  });
});
