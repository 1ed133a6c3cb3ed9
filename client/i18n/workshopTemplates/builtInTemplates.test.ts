import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES, localiseTemplate } from '../../../shared/workshop/templates/builtInTemplates';
import { workshopTemplatesEn } from './en';
import { workshopTemplatesNb } from './nb';
import { workshopTemplatesNn } from './nn';

/** Looks a dotted key up in one language's texts, as i18next would (undefined when missing). */
function lookup(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function translator(messages: object) {
  return (key: string) => {
    const text = lookup(messages, key);
    if (typeof text !== 'string') throw new Error(`no text for ${key}`);
    return text;
  };
}

describe('built-in templates in every language', () => {
  it.each([
    ['nb', workshopTemplatesNb],
    ['nn', workshopTemplatesNn],
    ['en', workshopTemplatesEn],
  ])('has a text for every title, prompt and poll option in %s', (_lang, messages) => {
    const t = translator(messages);
    for (const template of BUILT_IN_TEMPLATES) {
      expect(t(template.titleKey)).not.toBe('');
      for (const { settings } of localiseTemplate(template, t)) expect(settings.prompt).not.toMatch(/^workshopTemplates\./);
    }
  });

  it('uses the agreed bokmål titles and prompts', () => {
    const t = translator(workshopTemplatesNb);
    expect(BUILT_IN_TEMPLATES.map((template) => t(template.titleKey))).toEqual(['Fokusgruppe 60 min', 'Idémyldring og prioritering']);
    expect(localiseTemplate(BUILT_IN_TEMPLATES[0]!, t).map((a) => `${a.settings.kind} ${a.settings.prompt} ${a.settings.timeboxMinutes}`)).toEqual([
      'discussion Velkommen og runde rundt bordet 5',
      'brainstorm Idémyldring: hva er viktigst for deg? 15',
      'cluster Sortering i tema 10',
      'vote Prioritering 5',
      'poll Hvor enig er du i retningen? 5',
      'discussion Oppsummering og veien videre 20',
    ]);
  });
});
