import { it, expect } from 'vitest';
import { describeEachEngine } from './engines';
import type { VersionRecord, Storage } from '../Storage';

function version(
  id: string,
  createdAt: number,
  overrides: Partial<VersionRecord> = {},
): VersionRecord {
  return {
    id,
    planId: 'p',
    name: `Versjon ${id}`,
    step: 'first-reading',
    state: new Uint8Array([1, 2, 3, createdAt % 256]),
    createdAt,
    createdBy: 'Saksbehandler',
    ...overrides,
  };
}

describeEachEngine('versions', (open) => {

  async function setup(): Promise<Storage> {
    const storage = await open();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan(
        { id, title: id, municipality: 'Asker', createdAt: 1, updatedAt: 1 },
        `plan:${id}`,
        new Uint8Array([0, 0]),
      );
    }
    return storage;
  }

  it('stores a version and gives it back with its state', async () => {
    const { versions } = await setup();
    const v = version('v1', 10, { name: 'Til førstegangsbehandling', createdBy: null });
    await versions.createVersion(v);
    expect(await versions.getVersion('v1')).toEqual(v);
    expect(await versions.getVersion('nope')).toBeNull();
  });

  it('lists a plan’s versions newest first, without their state', async () => {
    const { versions } = await setup();
    await versions.createVersion(version('v1', 10));
    await versions.createVersion(version('v2', 30, { step: 'consultation' }));
    await versions.createVersion(version('v3', 20));
    await versions.createVersion(version('other', 40, { planId: 'q' }));
    const listed = await versions.listVersions('p');
    expect(listed.map((v) => v.id)).toEqual(['v2', 'v3', 'v1']);
    expect(listed[0]).toEqual({
      id: 'v2',
      planId: 'p',
      name: 'Versjon v2',
      step: 'consultation',
      createdAt: 30,
      createdBy: 'Saksbehandler',
    });
    expect(listed.some((v) => 'state' in v)).toBe(false);
  });

  it('keeps one date per step, set, changed and cleared', async () => {
    const { versions } = await setup();
    expect(await versions.getProcess('p')).toEqual([]);
    await versions.setStepDate('p', 'first-reading', '2025-03-04');
    await versions.setStepDate('p', 'adopted', '2025-06-18');
    await versions.setStepDate('p', 'first-reading', '2025-03-11');
    await versions.setStepDate('q', 'drafting', '2025-01-01');
    const process = await versions.getProcess('p');
    expect(process.sort((a, b) => a.step.localeCompare(b.step))).toEqual([
      { step: 'adopted', date: '2025-06-18' },
      { step: 'first-reading', date: '2025-03-11' },
    ]);
    await versions.setStepDate('p', 'adopted', null);
    await versions.setStepDate('p', 'consultation', null);
    expect(await versions.getProcess('p')).toEqual([{ step: 'first-reading', date: '2025-03-11' }]);
  });

  it('refuses a version of a plan that does not exist', async () => {
    const { versions } = await setup();
    await expect(versions.createVersion(version('v1', 1, { planId: 'missing' }))).rejects.toThrow(
      /foreign key/i,
    );
  });
});
