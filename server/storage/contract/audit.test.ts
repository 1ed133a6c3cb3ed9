import { it, expect } from 'vitest';
import { AuditAction } from '../../../shared/api/audit';
import { describeEachEngine } from './engines';
import type { AuditRecord } from '../Storage';

function entry(at: number, overrides: Partial<Omit<AuditRecord, 'id'>> = {}): Omit<AuditRecord, 'id'> {
  return { at, planId: 'p', actor: 'Kari <kari@k.no>', action: AuditAction.RoleChanged, detail: { n: at }, ...overrides };
}

describeEachEngine('audit', (open) => {

  it('lists a plan’s entries newest first, up to the limit', async () => {
    const { audit } = await open();
    for (let at = 1; at <= 5; at++) await audit.append(entry(at));
    expect((await audit.list('p', 10)).map((e) => e.at)).toEqual([5, 4, 3, 2, 1]);
    expect((await audit.list('p', 2)).map((e) => e.at)).toEqual([5, 4]);
    expect(await audit.list('p', 0)).toEqual([]);
  });

  it('orders by when the entry was written, not by its timestamp', async () => {
    const { audit } = await open();
    // Clocks can step back; the log stays in the order things were recorded.
    await audit.append(entry(200));
    await audit.append(entry(100));
    expect((await audit.list('p', 10)).map((e) => e.at)).toEqual([100, 200]);
  });

  it('round-trips every field, detail as JSON', async () => {
    const { audit } = await open();
    const detail = { email: 'ola@k.no', roles: ['editor', 'observer'], nested: { n: 1, ok: true, none: null }, text: 'æøå "quoted"' };
    await audit.append(entry(7, { action: AuditAction.InviteCreated, actor: 'Ola (guest)', detail }));
    await audit.append(entry(8, { actor: null, detail: {} }));
    const [second, first] = await audit.list('p', 10);
    expect(first).toEqual({ id: expect.any(Number) as number, at: 7, planId: 'p', actor: 'Ola (guest)', action: AuditAction.InviteCreated, detail });
    expect(second).toMatchObject({ at: 8, actor: null, detail: {} });
    expect(second?.id).toBeGreaterThan(first?.id ?? Infinity);
  });

  it('lists only the asked plan’s entries (not other plans’, not plan-less ones)', async () => {
    const { audit } = await open();
    await audit.append(entry(1, { planId: 'p' }));
    await audit.append(entry(2, { planId: 'q' }));
    await audit.append(entry(3, { planId: null, action: AuditAction.Login }));
    await audit.append(entry(4, { planId: 'p' }));
    expect((await audit.list('p', 10)).map((e) => e.at)).toEqual([4, 1]);
    expect((await audit.list('q', 10)).map((e) => e.at)).toEqual([2]);
    expect(await audit.list('none', 10)).toEqual([]);
  });

  it('keeps entries for plans that do not exist (the log has no foreign keys)', async () => {
    const { audit } = await open();
    await audit.append(entry(1, { planId: 'deleted-plan' }));
    expect(await audit.list('deleted-plan', 10)).toHaveLength(1);
  });
});
