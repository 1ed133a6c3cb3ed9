import { it, expect } from 'vitest';
import { generateKeyBetween } from 'fractional-indexing';
import type { KnowledgeRecord, Storage } from '../Storage';
import { describeEachEngine } from './engines';

function item(
  id: string,
  position: string,
  changes: Partial<KnowledgeRecord> = {},
): KnowledgeRecord {
  return {
    id,
    planId: 'p',
    title: `Title ${id}`,
    description: '',
    url: `https://example.org/${id}`,
    fileId: null,
    position,
    createdAt: 5,
    ...changes,
  };
}

describeEachEngine('knowledge base', (open) => {
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

  it('adds links and documents, gets, updates only what is given, and removes', async () => {
    const { knowledge } = await setup();
    const link = item('k1', 'a0', { description: 'Rapport fra SSB' });
    const doc = item('k2', 'a1', { url: null, fileId: 'f1', title: 'Kartlegging' });
    await knowledge.add(link);
    await knowledge.add(doc);
    await knowledge.add(item('k3', 'a0', { planId: 'q' }));
    expect(await knowledge.get('k1')).toEqual(link);
    expect(await knowledge.get('k2')).toEqual(doc);
    expect((await knowledge.list('p')).map((k) => k.id)).toEqual(['k1', 'k2']);

    await knowledge.update('k1', { title: 'Ny tittel' });
    expect(await knowledge.get('k1')).toEqual({ ...link, title: 'Ny tittel' });
    await knowledge.update('k1', { description: '', url: 'https://example.org/ny' });
    expect(await knowledge.get('k1')).toEqual({
      ...link,
      title: 'Ny tittel',
      description: '',
      url: 'https://example.org/ny',
    });

    await knowledge.remove('k1');
    expect(await knowledge.get('k1')).toBeNull();
    expect((await knowledge.list('p')).map((k) => k.id)).toEqual(['k2']);
    await expect(knowledge.add(item('x', 'a0', { planId: 'nope' }))).rejects.toThrow();
  });

  it('orders by position as bytes (as fractional-indexing does), ties in the order added', async () => {
    const { knowledge } = await setup();
    // Keys before 'a0' start with upper case ('Zz'): bytewise before 'a…', not in a linguistic order.
    const first = generateKeyBetween(null, 'a0');
    expect(first).toBe('Zz');
    await knowledge.add(item('late', 'a0'));
    await knowledge.add(item('early', first));
    await knowledge.add(item('tie1', 'a1'));
    await knowledge.add(item('tie2', 'a1'));
    await knowledge.add(item('tie3', 'a1'));
    // Moving away and back gives the row a new place on PostgreSQL's heap and in its index:
    // the tie is still broken by the order the items were added.
    await knowledge.setPositions([{ id: 'tie1', position: 'a2' }]);
    await knowledge.setPositions([{ id: 'tie1', position: 'a1' }]);
    expect((await knowledge.list('p')).map((k) => k.id)).toEqual([
      'early',
      'late',
      'tie1',
      'tie2',
      'tie3',
    ]);
  });

  it('sets several positions at once', async () => {
    const { knowledge } = await setup();
    for (const [i, id] of ['a', 'b', 'c'].entries()) await knowledge.add(item(id, `a${i}`));
    await knowledge.setPositions([
      { id: 'c', position: 'a0' },
      { id: 'a', position: 'a2' },
      { id: 'b', position: 'a1' },
    ]);
    expect((await knowledge.list('p')).map((k) => [k.id, k.position])).toEqual([
      ['c', 'a0'],
      ['b', 'a1'],
      ['a', 'a2'],
    ]);
    await knowledge.setPositions([]);
    expect((await knowledge.list('p')).map((k) => k.id)).toEqual(['c', 'b', 'a']);
  });
});
