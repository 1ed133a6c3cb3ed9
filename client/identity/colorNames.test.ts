import { describe, expect, it } from 'vitest';
import { PRESENCE_PALETTE } from '../../shared/presence/palette';
import { en } from '../i18n/en';
import { nb } from '../i18n/nb';
import { nn } from '../i18n/nn';

describe('colour names', () => {
  it('name every palette colour in every language, so colour is never the only cue', () => {
    for (const messages of [nb, nn, en]) {
      const names: Record<string, string | undefined> = messages.identity.colors;
      for (const { name } of PRESENCE_PALETTE) expect(names[name], name).toMatch(/\S/);
      expect(Object.keys(names).sort()).toEqual(PRESENCE_PALETTE.map((entry) => entry.name).sort());
    }
  });
});
