import { describe, expect, it } from 'vitest';
import type { Language } from '../../i18n/languages';
import en from './en.json';
import type { Messages } from './messages';
import nb from './nb.json';
import nn from './nn.json';
import { translate } from './translate';

// Typed: a table missing one of bokmål's keys does not compile.
const tables: Record<Language, Messages> = { nb, nn, en };

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the public page’s texts', () => {
  it('has the same keys in every language, each a non-empty text with the same placeholders', () => {
    for (const [language, table] of Object.entries(tables)) {
      expect(Object.keys(table).sort(), language).toEqual(Object.keys(nb).sort());
      for (const [key, text] of Object.entries(table)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text), `${language} ${key}`).toEqual(
          placeholders(nb[key as keyof Messages]),
        );
      }
    }
  });

  it('uses the domain words of each written standard', () => {
    expect(nb.giveInput).toBe('Gi innspill');
    expect(nn.giveInput).toBe('Gi innspel');
    expect(nn['step.consultation']).toBe('Høyring');
    expect(nn.privacyPublic).toContain('høyringsoppsummeringa');
  });
});

describe('translate', () => {
  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(translate(nb, 'goal', { number: '2.1' })).toBe('Mål 2.1');
    expect(translate(nb, 'goal')).toBe('Mål {{number}}');
    expect(translate(nb, 'windowNext', { time: '$& <b>' })).toBe('Neste høring åpner $& <b>.');
  });
});
