import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_DAYS,
  defaultPublicSettings,
  parseSettings,
  settingsJson,
} from './publicPages';
import type { PublicPageRecord } from '../Storage';

describe('public page settings column', () => {
  it('round-trips every field, the slug kept out of the JSON', () => {
    const record: PublicPageRecord = {
      planId: 'p',
      updatedAt: 5,
      enabled: true,
      slug: 'temaplan',
      intro: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hei' }] }],
      contact: { name: 'Kari', title: 'rådgiver', email: 'kari@example.org', phone: '1' },
      publishedVersionId: 'v1',
      openInput: true,
      publishInputList: true,
      retentionDays: 30,
      inboxRoles: ['facilitator', 'observer'],
    };
    const json = settingsJson(record);
    expect(JSON.parse(json)).not.toHaveProperty('slug');
    const settings = { ...record } as Partial<PublicPageRecord>;
    delete settings.planId;
    delete settings.updatedAt;
    expect(parseSettings(json, 'temaplan')).toEqual(settings);
  });

  it('falls back to the defaults for what is missing, of the wrong shape, or not JSON', () => {
    expect(parseSettings('not json', 's')).toEqual(defaultPublicSettings('s'));
    expect(parseSettings('[1]', 's')).toEqual(defaultPublicSettings('s'));
    expect(parseSettings('null', 's')).toEqual(defaultPublicSettings('s'));
    expect(parseSettings('{"enabled":true}', 's')).toEqual({
      ...defaultPublicSettings('s'),
      enabled: true,
    });
    const odd = parseSettings(
      JSON.stringify({
        enabled: 'yes',
        intro: [{ type: 'paragraph' }, 'text', null, { notype: 1 }],
        contact: { name: 'Kari', email: 7 },
        publishedVersionId: 12,
        openInput: 1,
        retentionDays: 'long',
        inboxRoles: ['owner', 'observer', 'observer', 'editor'],
      }),
      's',
    );
    expect(odd).toEqual({
      ...defaultPublicSettings('s'),
      intro: [{ type: 'paragraph' }],
      contact: { name: 'Kari', title: '', email: '', phone: '' },
      inboxRoles: ['observer'],
    });
    expect(odd.retentionDays).toBe(DEFAULT_RETENTION_DAYS);
  });

  it('keeps the retention time within the limits', () => {
    expect(parseSettings('{"retentionDays":1}', 's').retentionDays).toBe(30);
    expect(parseSettings('{"retentionDays":99999}', 's').retentionDays).toBe(3_650);
    expect(parseSettings('{"retentionDays":90.4}', 's').retentionDays).toBe(90);
  });
});
