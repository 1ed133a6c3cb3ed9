import { it, expect } from 'vitest';
import type { FileRecord, InputRecord, Storage } from '../Storage';
import { describeEachEngine } from './engines';

type NewInput = Omit<InputRecord, 'number'>;

function input(id: string, changes: Partial<NewInput> = {}): NewInput {
  return {
    id,
    planId: 'p',
    channel: 'web',
    section: 'plan',
    sectionLabel: 'Hele planen',
    consultationId: null,
    versionId: 'v1',
    workshopId: null,
    text: `Innspill ${id}`,
    submitterKind: 'resident',
    organisation: '',
    name: 'Ola Nordmann',
    email: 'ola@example.org',
    namePublic: false,
    status: 'new',
    tags: [],
    duplicateOf: null,
    summary: '',
    assessment: '',
    changeSection: null,
    receivedAt: 1_000,
    updatedAt: 1_000,
    personalDataRemovedAt: null,
    ...changes,
  };
}

function attachment(id: string, ownerId: string): FileRecord {
  return {
    id,
    planId: 'p',
    ownerId,
    name: `${id}.png`,
    kind: 'png',
    size: 10,
    sha256: 'cd'.repeat(32),
    createdAt: 1_000,
  };
}

describeEachEngine('inputs', (open) => {
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

  it('stores input with its files and numbers it per plan from 1', async () => {
    const { inputs, files } = await setup();
    const full = input('i1', {
      channel: 'letter',
      section: 'st:abc_1',
      sectionLabel: 'Strategi 1.2',
      consultationId: 'c1',
      workshopId: 'w1',
      submitterKind: 'association',
      organisation: 'Idrettsrådet',
      namePublic: true,
      tags: ['trafikk', 'skole'],
      receivedAt: 1_800_000_000_123,
    });
    expect(await inputs.createInput(full, [attachment('a1', 'i1'), attachment('a2', 'i1')])).toBe(
      1,
    );
    expect(await inputs.createInput(input('i2'), [])).toBe(2);
    expect(await inputs.createInput(input('j1', { planId: 'q' }), [])).toBe(1);
    expect(await inputs.createInput(input('i3', { namePublic: false }), [])).toBe(3);

    expect(await inputs.getInput('i1')).toEqual({ ...full, number: 1 });
    expect((await inputs.getInput('i3'))?.namePublic).toBe(false);
    expect(await inputs.getInput('missing')).toBeNull();
    expect((await files.listFilesOf(['i1'])).map((f) => f.id)).toEqual(['a1', 'a2']);
  });

  it('stores nothing when a file cannot be stored, and does not use up the number', async () => {
    const { inputs, files } = await setup();
    await files.addFile(attachment('taken', 'k1'));
    await expect(
      inputs.createInput(input('i1'), [attachment('fresh', 'i1'), attachment('taken', 'i1')]),
    ).rejects.toThrow();
    expect(await inputs.getInput('i1')).toBeNull();
    expect(await files.getFile('fresh')).toBeNull();
    expect(await inputs.createInput(input('i2'), [])).toBe(1);
    await expect(inputs.createInput(input('x', { planId: 'nope' }), [])).rejects.toThrow();
  });

  it('numbers 20 inputs stored at once from two instances exactly 1..20', async () => {
    const first = await setup();
    const second = await open();
    const numbers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? first : second).inputs.createInput(input(`c${i}`, { receivedAt: i }), [
          attachment(`f${i}`, `c${i}`),
        ]),
      ),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await first.inputs.listInputs('p')).map((i) => i.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(
      await second.files.listFilesOf(Array.from({ length: 20 }, (_, i) => `c${i}`)),
    ).toHaveLength(20);
  });

  it('lists a plan newest first', async () => {
    const { inputs } = await setup();
    await inputs.createInput(input('old', { receivedAt: 100 }), []);
    await inputs.createInput(input('new', { receivedAt: 300 }), []);
    // Registered by hand later, but the letter arrived before the others.
    await inputs.createInput(input('letter', { channel: 'letter', receivedAt: 50 }), []);
    await inputs.createInput(input('same', { receivedAt: 300 }), []);
    await inputs.createInput(input('other', { planId: 'q', receivedAt: 200 }), []);
    expect((await inputs.listInputs('p')).map((i) => i.id)).toEqual([
      'same',
      'new',
      'old',
      'letter',
    ]);
  });

  it('updates only the handling fields given, and the time', async () => {
    const { inputs } = await setup();
    await inputs.createInput(input('dup'), []);
    await inputs.createInput(input('i1', { tags: ['a'] }), []);
    const before = (await inputs.getInput('i1'))!;
    await inputs.updateInput(
      'i1',
      { status: 'in-progress', tags: ['b', 'c'], duplicateOf: 'dup' },
      2_000,
    );
    expect(await inputs.getInput('i1')).toEqual({
      ...before,
      status: 'in-progress',
      tags: ['b', 'c'],
      duplicateOf: 'dup',
      updatedAt: 2_000,
    });
    await inputs.updateInput(
      'i1',
      {
        duplicateOf: null,
        summary: 'Kort',
        assessment: 'Tas til følge',
        changeSection: 'fa:x1',
        section: 'fa:x1',
        sectionLabel: 'Innsatsområde 1',
      },
      3_000,
    );
    expect(await inputs.getInput('i1')).toEqual({
      ...before,
      status: 'in-progress',
      tags: ['b', 'c'],
      duplicateOf: null,
      summary: 'Kort',
      assessment: 'Tas til følge',
      changeSection: 'fa:x1',
      section: 'fa:x1',
      sectionLabel: 'Innsatsområde 1',
      updatedAt: 3_000,
    });
    await inputs.updateInput('i1', { changeSection: null, tags: [] }, 4_000);
    expect(await inputs.getInput('i1')).toMatchObject({
      changeSection: null,
      tags: [],
      updatedAt: 4_000,
      summary: 'Kort',
    });
    expect((await inputs.getInput('dup'))?.updatedAt).toBe(1_000);
  });

  it('never gives a deleted input\'s number (its reference) to another input', async () => {
    const { inputs } = await setup();
    expect(await inputs.createInput(input('i1'), [])).toBe(1);
    expect(await inputs.createInput(input('i2'), [])).toBe(2);
    await inputs.deleteInput('i2');
    expect(await inputs.createInput(input('i3'), [])).toBe(3);
    expect(await inputs.createInput(input('q1', { planId: 'q' }), [])).toBe(1);
  });

  it('deletes an input with its file records and answers their ids', async () => {
    const { inputs, files } = await setup();
    await inputs.createInput(input('i1'), [attachment('a1', 'i1'), attachment('a2', 'i1')]);
    await inputs.createInput(input('i2'), [attachment('b1', 'i2')]);
    expect((await inputs.deleteInput('i1')).sort()).toEqual(['a1', 'a2']);
    expect(await inputs.getInput('i1')).toBeNull();
    expect(await files.getFile('a1')).toBeNull();
    expect((await files.listFilesOf(['i1', 'i2'])).map((f) => f.id)).toEqual(['b1']);
    expect(await inputs.deleteInput('i1')).toEqual([]);
  });

  it('finds input by e-mail in every plan, whatever the case', async () => {
    const { inputs } = await setup();
    await inputs.createInput(input('i1', { email: 'kari@example.org', receivedAt: 1 }), []);
    await inputs.createInput(input('i2', { email: 'Kari@Example.ORG', receivedAt: 3 }), []);
    await inputs.createInput(
      input('j1', { planId: 'q', email: 'kari@example.org', receivedAt: 2 }),
      [],
    );
    await inputs.createInput(input('i3', { email: 'kari@example.org.evil', receivedAt: 4 }), []);
    await inputs.createInput(input('anon', { name: '', email: '' }), []);
    expect((await inputs.findByEmail('  KARI@example.org ')).map((i) => i.id)).toEqual([
      'i2',
      'j1',
      'i1',
    ]);
    expect(await inputs.findByEmail('')).toEqual([]);
    expect(await inputs.findByEmail('nobody@example.org')).toEqual([]);
  });

  it("clears expired personal data once, only of that plan's input received before the cutoff", async () => {
    const { inputs } = await setup();
    await inputs.createInput(input('old'), []);
    await inputs.createInput(input('oldNameOnly', { email: '' }), []);
    await inputs.createInput(input('anonymous', { name: '', email: '', organisation: 'Lag' }), []);
    await inputs.createInput(input('atCutoff', { receivedAt: 5_000 }), []);
    await inputs.createInput(input('otherPlan', { planId: 'q' }), []);

    expect((await inputs.removeExpiredPersonalData('p', 5_000, 9_000)).sort()).toEqual([
      'old',
      'oldNameOnly',
    ]);
    expect(await inputs.getInput('old')).toMatchObject({
      name: '',
      email: '',
      personalDataRemovedAt: 9_000,
      text: 'Innspill old',
    });
    expect(await inputs.getInput('anonymous')).toMatchObject({
      organisation: 'Lag',
      personalDataRemovedAt: null,
    });
    expect(await inputs.getInput('atCutoff')).toMatchObject({
      name: 'Ola Nordmann',
      personalDataRemovedAt: null,
    });
    expect(await inputs.getInput('otherPlan')).toMatchObject({
      email: 'ola@example.org',
      personalDataRemovedAt: null,
    });
    // Once cleared, a later sweep leaves the time it was cleared alone.
    expect(await inputs.removeExpiredPersonalData('p', 5_000, 10_000)).toEqual([]);
    expect((await inputs.getInput('old'))?.personalDataRemovedAt).toBe(9_000);
  });

  it("clears the personal data of the inputs named (a person's request)", async () => {
    const { inputs } = await setup();
    await inputs.createInput(input('i1'), []);
    await inputs.createInput(input('i2'), []);
    await inputs.createInput(input('j1', { planId: 'q' }), []);
    await inputs.removePersonalData(['i1', 'j1', 'missing'], 7_000);
    await inputs.removePersonalData([], 8_000);
    expect(await inputs.getInput('i1')).toMatchObject({
      name: '',
      email: '',
      personalDataRemovedAt: 7_000,
    });
    expect(await inputs.getInput('j1')).toMatchObject({
      name: '',
      email: '',
      personalDataRemovedAt: 7_000,
    });
    expect(await inputs.getInput('i2')).toMatchObject({
      name: 'Ola Nordmann',
      personalDataRemovedAt: null,
    });
    expect(await inputs.findByEmail('ola@example.org')).toHaveLength(1);
  });
});
