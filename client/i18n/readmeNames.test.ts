import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nb } from './nb';
import publicNb from '../public-page/i18n/nb.json';

/** Every bokmål text of the app and the public page. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(texts);
}

/** Italic names in the README that are not the app's own words (the demo plan, a term). */
const NOT_SCREEN_NAMES = new Set(['Temaplan for medborgerskap']);

/**
 * The README names pages and buttons in italics (*Folk og tilgang*) as the screen shows them; a
 * renamed screen must not leave the README pointing at a name no one can find.
 */
describe('the README', () => {
  it('names pages and controls as the bokmål screens do', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    // Single asterisks only: **bold** lead-ins are English prose, not screen names.
    const names = [...readme.matchAll(/(?<!\*)\*([^*\s][^*]*?)\*(?!\*)/g)]
      .map((match) => match[1]!.replace(/\s+/g, ' '))
      // Lower-case italics are terms (*innsatsområder*), not names of something on screen.
      .filter((name) => /^\p{Lu}/u.test(name) && !NOT_SCREEN_NAMES.has(name));
    expect(names.length).toBeGreaterThan(10);
    const screen = texts({ nb, publicNb });
    // A name counts when a text is it, or is it and an explanation ("Personopplysninger: finn …").
    const unknown = names.filter(
      (name) => !screen.some((text) => text === name || text.startsWith(`${name}:`)),
    );
    expect(unknown).toEqual([]);
  });
});
