import { it, expect } from 'vitest';
import type { ConsultationRecord, Storage } from '../Storage';
import { describeEachEngine } from './engines';

function consultation(
  id: string,
  opensAt: number,
  changes: Partial<ConsultationRecord> = {},
): ConsultationRecord {
  return {
    id,
    planId: 'p',
    title: `Høring ${id}`,
    versionId: 'v1',
    opensAt,
    closesAt: opensAt + 1_000,
    createdAt: 1,
    ...changes,
  };
}

describeEachEngine('consultations', (open) => {
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

  it('lists per plan, oldest opening first (then in the order added)', async () => {
    const { consultations } = await setup();
    await consultations.add(consultation('later', 1_800_000_000_000));
    await consultations.add(consultation('sooner', 1_700_000_000_000));
    await consultations.add(consultation('same1', 1_750_000_000_000));
    await consultations.add(consultation('same2', 1_750_000_000_000));
    await consultations.add(consultation('other', 1, { planId: 'q' }));
    expect((await consultations.list('p')).map((c) => c.id)).toEqual([
      'sooner',
      'same1',
      'same2',
      'later',
    ]);
    expect((await consultations.list('q')).map((c) => c.id)).toEqual(['other']);
  });

  it('gets, updates and removes', async () => {
    const { consultations } = await setup();
    const c = consultation('c1', 1_700_000_000_123);
    await consultations.add(c);
    expect(await consultations.get('c1')).toEqual(c);
    const changed = {
      title: 'Andre høring',
      versionId: 'v2',
      opensAt: 1_700_000_001_000,
      closesAt: 1_700_000_900_000,
    };
    await consultations.update('c1', changed);
    expect(await consultations.get('c1')).toEqual({ ...c, ...changed });
    await consultations.remove('c1');
    expect(await consultations.get('c1')).toBeNull();
    expect(await consultations.list('p')).toEqual([]);
    await expect(consultations.add(consultation('x', 1, { planId: 'nope' }))).rejects.toThrow();
  });
});
