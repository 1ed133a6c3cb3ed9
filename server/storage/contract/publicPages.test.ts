import { it, expect } from 'vitest';
import type { PublicPageRecord, Storage } from '../Storage';
import { defaultPublicSettings } from '../rows/publicPages';
import { describeEachEngine } from './engines';

function page(
  planId: string,
  slug: string,
  changes: Partial<PublicPageRecord> = {},
): PublicPageRecord {
  return { ...defaultPublicSettings(slug), planId, updatedAt: 10, ...changes };
}

describeEachEngine('public pages', (open) => {
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

  it('stores, replaces and finds settings by plan and by slug', async () => {
    const { publicPages } = await setup();
    expect(await publicPages.getSettings('p')).toBeNull();
    expect(await publicPages.getBySlug('temaplan')).toBeNull();
    const first = page('p', 'temaplan', {
      enabled: true,
      intro: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hei «alle»' }] }],
      contact: {
        name: 'Kari',
        title: 'saksbehandler',
        email: 'kari@asker.kommune.no',
        phone: '+47 1',
      },
      publishedVersionId: 'v1',
      openInput: true,
      publishInputList: true,
      retentionDays: 90,
      inboxRoles: ['observer'],
    });
    expect(await publicPages.saveSettings(first)).toBe('ok');
    expect(await publicPages.getSettings('p')).toEqual(first);
    expect(await publicPages.getBySlug('temaplan')).toEqual(first);

    const renamed = page('p', 'temaplan-2', { updatedAt: 20 });
    expect(await publicPages.saveSettings(renamed)).toBe('ok');
    expect(await publicPages.getSettings('p')).toEqual(renamed);
    expect(await publicPages.getBySlug('temaplan')).toBeNull();
    expect(await publicPages.getBySlug('temaplan-2')).toEqual(renamed);
  });

  it("answers 'slug-taken' when another plan holds the slug, and stores nothing then", async () => {
    const { publicPages } = await setup();
    expect(await publicPages.saveSettings(page('p', 'felles'))).toBe('ok');
    expect(await publicPages.saveSettings(page('q', 'felles'))).toBe('slug-taken');
    expect(await publicPages.getSettings('q')).toBeNull();
    expect(await publicPages.saveSettings(page('q', 'egen'))).toBe('ok');
    expect(await publicPages.saveSettings(page('q', 'felles', { enabled: true }))).toBe(
      'slug-taken',
    );
    expect((await publicPages.getSettings('q'))?.slug).toBe('egen');
    expect((await publicPages.getBySlug('felles'))?.planId).toBe('p');
    // The plan keeps its own slug when saving again.
    expect(await publicPages.saveSettings(page('p', 'felles', { enabled: true }))).toBe('ok');
    expect((await publicPages.listAll()).map((r) => [r.planId, r.slug, r.enabled])).toEqual([
      ['p', 'felles', true],
      ['q', 'egen', false],
    ]);
  });

  it('refuses settings for a plan that does not exist', async () => {
    const { publicPages } = await setup();
    await expect(publicPages.saveSettings(page('nope', 'nope'))).rejects.toThrow();
  });

  it('makes a secret once, 32 random bytes, the same for every instance asking at once', async () => {
    const first = await setup();
    const second = await open();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? first : second).publicPages.secret('form-token'),
      ),
    );
    expect(answers[0]).toBeInstanceOf(Uint8Array);
    expect(answers[0]).toHaveLength(32);
    for (const answer of answers)
      expect(Buffer.from(answer).equals(Buffer.from(answers[0]!))).toBe(true);
    expect(
      Buffer.from(await second.publicPages.secret('form-token')).equals(Buffer.from(answers[0]!)),
    ).toBe(true);
    const other = await first.publicPages.secret('other');
    expect(Buffer.from(other).equals(Buffer.from(answers[0]!))).toBe(false);
  });
});
