import { it, expect } from 'vitest';
import { describeEachEngine } from './engines';

describeEachEngine('editLog', (open) => {

  async function setup() {
    const storage = await open();
    for (const id of ['p', 'q']) {
      await storage.plans.createPlan({ id, title: id, municipality: 'Bergen', createdAt: 1, updatedAt: 1 }, `plan:${id}`, new Uint8Array([0, 0]));
    }
    return storage.editLog;
  }

  it('lists distinct editors per section for edits inside the window, first editor first', async () => {
    const log = await setup();
    await log.record([
      { planId: 'p', section: 'area:a', editor: 'Ola', at: 120_000 },
      { planId: 'p', section: 'area:a', editor: 'Kari', at: 125_000 },
      { planId: 'p', section: 'area:a', editor: 'Ola', at: 126_000 },
      { planId: 'p', section: 'strategy:a/s', editor: 'Kari', at: 130_000 },
      { planId: 'p', section: 'purpose', editor: 'Per', at: 10_000 },
      { planId: 'q', section: 'area:a', editor: 'Annen', at: 125_000 },
    ]);
    const editors = await log.editorsBetween('p', 100_000, 200_000);
    expect(Object.fromEntries(editors)).toEqual({ 'area:a': ['Ola', 'Kari'], 'strategy:a/s': ['Kari'] });
    expect((await log.editorsBetween('p', 0, 50_000)).get('purpose')).toEqual(['Per']);
    expect((await log.editorsBetween('p', 300_000, 400_000)).size).toBe(0);
  });

  it('keeps one row per minute but still tells edits before and after a time within it apart', async () => {
    const log = await setup();
    await log.record([{ planId: 'p', section: 'title', editor: 'Ola', at: 60_000 }]);
    await log.record([{ planId: 'p', section: 'title', editor: 'Ola', at: 61_000 }]);
    await log.record([{ planId: 'p', section: 'title', editor: 'Ola', at: 110_000 }]);
    expect((await log.editorsBetween('p', 100_000, 200_000)).get('title')).toEqual(['Ola']);
    expect((await log.editorsBetween('p', 0, 59_000)).size).toBe(0);
    await log.record([]);
  });

  it('refuses an entry for a plan that does not exist', async () => {
    const log = await setup();
    await expect(log.record([{ planId: 'nope', section: 'title', editor: 'Ola', at: 1 }])).rejects.toThrow();
  });
});
