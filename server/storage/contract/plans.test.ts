import { it, expect } from 'vitest';
import type { PlanRecord } from '../Storage';
import { describeEachEngine } from './engines';

function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

function plan(id: string, updatedAt: number, title = `Plan ${id}`): PlanRecord {
  return { id, title, municipality: 'Bergen', createdAt: 1_000, updatedAt, contentLanguage: 'nb' };
}

describeEachEngine('plans', (open) => {
  it('creates plans with their first snapshot, lists them by updatedAt (newest first), gets and touches them', async () => {
    const storage = await open();
    await storage.plans.createPlan(plan('old', 100), 'plan:old', bytes(1));
    await storage.plans.createPlan(plan('new', 300), 'plan:new', bytes(2));
    await storage.plans.createPlan(plan('mid', 200), 'plan:mid', bytes(3));

    expect((await storage.plans.listPlans()).map((p) => p.id)).toEqual(['new', 'mid', 'old']);
    expect(await storage.plans.getPlan('mid')).toEqual(plan('mid', 200));
    expect(await storage.plans.getPlan('missing')).toBeNull();
    expect((await storage.docs.loadDoc('plan:mid')).snapshot).toEqual(bytes(3));

    await storage.plans.touchPlan('old', 'Renamed', 400);
    expect(await storage.plans.getPlan('old')).toEqual({ ...plan('old', 400), title: 'Renamed' });
    expect((await storage.plans.listPlans()).map((p) => p.id)).toEqual(['old', 'new', 'mid']);

    // Touching an unknown plan changes nothing.
    await storage.plans.touchPlan('missing', 'x', 500);
    expect(await storage.plans.listPlans()).toHaveLength(3);
  });

  it('keeps millisecond timestamps beyond 32 bits exactly, as numbers', async () => {
    const storage = await open();
    const now = 1_800_000_000_123;
    await storage.plans.createPlan({ ...plan('p', now), createdAt: now }, 'plan:p', bytes(1));
    expect(await storage.plans.getPlan('p')).toEqual({ ...plan('p', now), createdAt: now });
  });

  it('createPlan is all or nothing: a duplicate id stores neither row nor snapshot', async () => {
    const storage = await open();
    await storage.plans.createPlan(plan('p', 100), 'plan:p', bytes(1));
    await expect(
      Promise.resolve().then(() => storage.plans.createPlan(plan('p', 200), 'plan:other', bytes(2))),
    ).rejects.toThrow();
    expect((await storage.docs.loadDoc('plan:other')).snapshot).toBeNull();
    expect(await storage.plans.getPlan('p')).toEqual(plan('p', 100));
  });

  it('a second instance on the same database sees what the first stored', async () => {
    const first = await open();
    await first.plans.createPlan(plan('p', 5), 'plan:p', bytes(1, 2, 3));
    await first.docs.appendUpdates([{ doc: 'plan:p', update: bytes(9) }]);
    await first.close();
    const second = await open();
    expect(await second.plans.getPlan('p')).toEqual(plan('p', 5));
    const stored = await second.docs.loadDoc('plan:p');
    expect(stored.snapshot).toEqual(bytes(1, 2, 3));
    expect(stored.updates).toEqual([bytes(9)]);
  });

  it('renames the municipality and keeps the logo file id, giving back the one it replaced', async () => {
    const storage = await open();
    await storage.plans.createPlan(plan('p', 5), 'plan:p', bytes(1));
    await storage.plans.createPlan(plan('other', 6), 'plan:other', bytes(2));

    await storage.plans.setMunicipality('p', 'Bømlo kommune');
    expect(await storage.plans.getPlan('p')).toEqual({ ...plan('p', 5), municipality: 'Bømlo kommune' });
    expect((await storage.plans.getPlan('other'))?.municipality).toBe('Bergen');

    expect(await storage.plans.getLogoFileId('p')).toBeNull();
    expect(await storage.plans.setLogoFileId('p', 'file-1')).toBeNull();
    expect(await storage.plans.getLogoFileId('p')).toBe('file-1');
    expect(await storage.plans.setLogoFileId('p', 'file-2')).toBe('file-1');
    expect(await storage.plans.getLogoFileId('p')).toBe('file-2');
    expect(await storage.plans.getLogoFileId('other')).toBeNull();
    expect(await storage.plans.setLogoFileId('p', null)).toBe('file-2');
    expect(await storage.plans.getLogoFileId('p')).toBeNull();
    expect(await storage.plans.getLogoFileId('missing')).toBeNull();
  });

  it('keeps the plan language: bokmål unless created otherwise, and changed by setContentLanguage', async () => {
    const storage = await open();
    await storage.plans.createPlan({ id: 'old', title: 'Old', municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, 'plan:old', bytes(1));
    await storage.plans.createPlan({ ...plan('nn', 2), contentLanguage: 'nn' }, 'plan:nn', bytes(2));
    expect((await storage.plans.getPlan('old'))?.contentLanguage).toBe('nb');
    expect((await storage.plans.getPlan('nn'))?.contentLanguage).toBe('nn');
    await storage.plans.setContentLanguage('old', 'nn');
    await storage.plans.setContentLanguage('nn', 'nb');
    expect((await storage.plans.listPlans()).map((p) => [p.id, p.contentLanguage])).toEqual([
      ['nn', 'nb'],
      ['old', 'nn'],
    ]);
  });

  it('of two concurrent logo replacements, each gets back a different predecessor', async () => {
    const storage = await open();
    await storage.plans.createPlan(plan('p', 5), 'plan:p', bytes(1));
    await storage.plans.setLogoFileId('p', 'first');
    const replaced = await Promise.all([
      storage.plans.setLogoFileId('p', 'a'),
      storage.plans.setLogoFileId('p', 'b'),
    ]);
    // One replaced "first", the other replaced the first one's: nothing is lost or freed twice.
    expect(replaced).toContain('first');
    expect(new Set(replaced).size).toBe(2);
    const current = await storage.plans.getLogoFileId('p');
    expect(replaced).not.toContain(current);
  });
});
