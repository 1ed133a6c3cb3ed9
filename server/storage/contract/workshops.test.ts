import { it, expect } from 'vitest';
import { describeEachEngine } from './engines';

describeEachEngine('workshops', (open) => {

  async function setup() {
    const storage = await open();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan({ id, title: id, municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
    }
    return storage;
  }

  it('creates, gets and lists workshops per plan, newest first', async () => {
    const { workshops } = await setup();
    await workshops.createWorkshop({ id: 'w1', planId: 'p', title: 'Første', createdAt: 10, createdBy: 'user:u1' });
    await workshops.createWorkshop({ id: 'w2', planId: 'p', title: 'Andre', createdAt: 20, createdBy: null });
    await workshops.createWorkshop({ id: 'w3', planId: 'q', title: 'Annen plan', createdAt: 30, createdBy: 'guest:g1' });
    expect(await workshops.getWorkshop('w1')).toEqual({ id: 'w1', planId: 'p', title: 'Første', createdAt: 10, createdBy: 'user:u1' });
    expect(await workshops.getWorkshop('missing')).toBeNull();
    expect((await workshops.listWorkshops('p')).map((w) => w.id)).toEqual(['w2', 'w1']);
    expect((await workshops.listWorkshops('q')).map((w) => w.id)).toEqual(['w3']);
    expect(await workshops.listWorkshops('none')).toEqual([]);
  });

  it('renames a workshop (the listed title follows the document)', async () => {
    const { workshops } = await setup();
    await workshops.createWorkshop({ id: 'w', planId: 'p', title: 'Første tittel', createdAt: 1, createdBy: null });
    await workshops.renameWorkshop('w', 'Ny tittel');
    expect((await workshops.getWorkshop('w'))?.title).toBe('Ny tittel');
    expect((await workshops.listWorkshops('p')).map((w) => w.title)).toEqual(['Ny tittel']);
  });

  it('refuses a workshop for a plan that does not exist, and a duplicate id', async () => {
    const { workshops } = await setup();
    await expect(workshops.createWorkshop({ id: 'w', planId: 'nope', title: 'X', createdAt: 1, createdBy: null })).rejects.toThrow();
    await workshops.createWorkshop({ id: 'w', planId: 'p', title: 'X', createdAt: 1, createdBy: null });
    await expect(workshops.createWorkshop({ id: 'w', planId: 'q', title: 'Y', createdAt: 1, createdBy: null })).rejects.toThrow();
  });
});
