import { it, expect } from 'vitest';
import { describeEachEngine } from './engines';
import type { AgendaTemplateRecord } from '../Storage';

describeEachEngine('agenda templates', (open) => {
  async function setup() {
    const storage = await open();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan({ id, title: id, municipality: 'Asker', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
    }
    return storage;
  }

  const template = (id: string, planId: string, createdAt = 5): AgendaTemplateRecord => ({
    id,
    planId,
    name: `Mal ${id}`,
    activities: JSON.stringify([{ settings: { kind: 'discussion', prompt: id, timeboxMinutes: 5 }, source: null }]),
    createdAt,
  });

  it('adds, lists in the order saved (ties too) and removes templates per plan', async () => {
    const { agendaTemplates } = await setup();
    for (const id of ['t3', 't1', 't2']) expect(await agendaTemplates.addAgendaTemplate(template(id, 'p'), 50)).toBe(true);
    expect(await agendaTemplates.addAgendaTemplate(template('other', 'q', 1), 50)).toBe(true);
    expect(await agendaTemplates.listAgendaTemplates('p')).toEqual([template('t3', 'p'), template('t1', 'p'), template('t2', 'p')]);
    // Removing needs the right plan.
    expect(await agendaTemplates.removeAgendaTemplate('q', 't1')).toBe(false);
    expect(await agendaTemplates.removeAgendaTemplate('p', 't1')).toBe(true);
    expect(await agendaTemplates.removeAgendaTemplate('p', 't1')).toBe(false);
    expect((await agendaTemplates.listAgendaTemplates('p')).map((t) => t.id)).toEqual(['t3', 't2']);
    expect((await agendaTemplates.listAgendaTemplates('q')).map((t) => t.id)).toEqual(['other']);
    await expect(agendaTemplates.addAgendaTemplate(template('x', 'nope'), 50)).rejects.toThrow();
  });

  it("refuses a template beyond the plan's limit, counting that plan only", async () => {
    const { agendaTemplates } = await setup();
    for (const id of ['a', 'b']) expect(await agendaTemplates.addAgendaTemplate(template(id, 'p'), 2)).toBe(true);
    expect(await agendaTemplates.addAgendaTemplate(template('c', 'p'), 2)).toBe(false);
    expect(await agendaTemplates.addAgendaTemplate(template('d', 'q'), 2)).toBe(true);
    expect((await agendaTemplates.listAgendaTemplates('p')).map((t) => t.id)).toEqual(['a', 'b']);
    await agendaTemplates.removeAgendaTemplate('p', 'a');
    expect(await agendaTemplates.addAgendaTemplate(template('c', 'p'), 2)).toBe(true);
  });
});
