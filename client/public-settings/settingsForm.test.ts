import { describe, expect, it } from 'vitest';
import { updatePublicSettingsBodySchema, type PublicSettings } from '../../shared/api/publicPage';
import { bodyOf, formOf, introBlocks, settingsProblems, slugProblem } from './settingsForm';

const settings: PublicSettings = {
  enabled: false,
  slug: 'temaplan-for-medborgerskap',
  intro: [],
  contact: { name: '', title: '', email: '', phone: '' },
  publishedVersionId: null,
  openInput: false,
  publishInputList: false,
  retentionDays: 365,
  inboxRoles: [],
};

describe('the public page settings form', () => {
  it('round-trips the server’s settings into a body the server accepts', () => {
    const body = bodyOf(formOf(settings));
    expect(updatePublicSettingsBodySchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      slug: settings.slug,
      publishedVersionId: null,
      retentionDays: 365,
    });
  });

  it('checks the address as the server does', () => {
    expect(slugProblem('temaplan-2025')).toBeNull();
    expect(slugProblem('ab')).toBe('short');
    expect(slugProblem('a'.repeat(61))).toBe('long');
    expect(slugProblem('tema plan')).toBe('characters');
    expect(slugProblem('tema--plan')).toBe('characters');
    expect(slugProblem('Temaplan')).toBeNull();
  });

  it('names each field that is wrong', () => {
    const form = {
      ...formOf(settings),
      slug: 'x',
      contactEmail: 'ikke-en-adresse',
      retentionDays: '7',
    };
    expect(settingsProblems(form).map((p) => p.field)).toEqual([
      'slug',
      'contactEmail',
      'retentionDays',
    ]);
    expect(
      settingsProblems({
        ...form,
        slug: 'ok-adresse',
        contactEmail: 'a@b.no',
        retentionDays: '30',
      }),
    ).toEqual([]);
    expect(settingsProblems({ ...formOf(settings), retentionDays: '30.5' })).toEqual([
      { field: 'retentionDays', problem: 'range' },
    ]);
  });

  it('stores an empty intro as no blocks and keeps a written one', () => {
    expect(introBlocks([{ type: 'paragraph' }])).toEqual([]);
    const written = [{ type: 'paragraph', content: [{ type: 'text', text: 'Hei' }] }];
    expect(introBlocks(written)).toEqual(written);
  });
});
