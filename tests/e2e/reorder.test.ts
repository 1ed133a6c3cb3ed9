import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { kariAndOla, staffPerson } from './accounts';
import { announcements, editor, focusAreaTitles, openPlan } from './planPage';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('reordering and deleting by keyboard', () => {
  it('moves a focus area up with the keyboard; focus follows it and the move is announced', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);
      const original = await focusAreaTitles(kari.page);
      expect(original[2]).toBe('Frivillighet');

      await kari.page.getByRole('button', { name: 'Flytt «Frivillighet» opp' }).focus();
      await kari.page.keyboard.press('Enter');

      const expected = [original[0], 'Frivillighet', original[1], original[3]];
      await expect.poll(() => focusAreaTitles(kari.page)).toEqual(expected);
      await expect.poll(() => focusedLabel(kari.page)).toBe('Flytt «Frivillighet» opp');
      await expect
        .poll(() => announcements(kari.page))
        .toContain('«Frivillighet» er flyttet til plass 2 av 4.');
      // The other person sees the new order, and the numbering follows it.
      await expect.poll(() => focusAreaTitles(ola.page), { timeout: 10_000 }).toEqual(expected);
      await editor(ola.page, 'Tekst for strategi 2.2').filter({ hasText: 'Synliggjøre' }).waitFor();

      // At the top "move up" is disabled, so focus lands on "move down" of the same area.
      await kari.page.keyboard.press('Enter');
      await expect
        .poll(() => focusAreaTitles(kari.page))
        .toEqual(['Frivillighet', original[0], original[1], original[3]]);
      await expect.poll(() => focusedLabel(kari.page)).toBe('Flytt «Frivillighet» ned');
      await kari.page.keyboard.press('Enter');
      await expect.poll(() => focusAreaTitles(kari.page)).toEqual(expected);
      await expect.poll(() => focusAreaTitles(ola.page), { timeout: 10_000 }).toEqual(expected);
    } finally {
      await kari.close();
      await ola.close();
    }
  });

  it('adds a focus area and a strategy, deletes the strategy and takes it back', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', planId });
    try {
      await openPlan(kari.page, server().url, planId);
      const count = (await focusAreaTitles(kari.page)).length;
      const number = count + 1;

      await kari.page.getByRole('button', { name: 'Legg til innsatsområde' }).click();
      // Focus goes to the new area's title, ready to type.
      await expect.poll(() => focusedLabel(kari.page)).toBe(`Tittel på innsatsområde ${number}`);
      await kari.page.keyboard.type('Kunnskapsgrunnlag');
      await kari.page
        .getByRole('button', { name: 'Legg til strategi i «Kunnskapsgrunnlag»' })
        .click();
      await expect.poll(() => focusedLabel(kari.page)).toBe(`Tekst for strategi ${number}.1`);
      await kari.page.keyboard.type('Samle forskning om lokaldemokrati.');

      await kari.page.getByRole('button', { name: `Slett strategi ${number}.1` }).click();
      await expect.poll(() => editor(kari.page, `Tekst for strategi ${number}.1`).count()).toBe(0);
      await kari.page
        .getByRole('status')
        .filter({ hasText: `Strategi ${number}.1 ble slettet.` })
        .waitFor();
      // Focus is on "Angre"; Enter restores the strategy with its text.
      await kari.page.keyboard.press('Enter');
      await editor(kari.page, `Tekst for strategi ${number}.1`)
        .filter({ hasText: 'Samle forskning om lokaldemokrati.' })
        .waitFor();
      await expect.poll(() => announcements(kari.page)).toContain('Slettingen er angret.');
      // Focus returns to the restored strategy's text.
      await expect.poll(() => focusedLabel(kari.page)).toBe(`Tekst for strategi ${number}.1`);
    } finally {
      await kari.close();
    }
  });
});
