import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { kariAndOla } from './accounts';
import { announcements, editor, openPlan, typeAtEnd } from './planPage';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

describe('two people in one plan', () => {
  it('shows what one types to the other, with presence, caret and arrival notices', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);

      // Kari hears Ola arrive; both see each other in the list of people present.
      await expect
        .poll(() => announcements(kari.page), { timeout: 10_000 })
        .toContain('Ola kom inn');
      await kari.page.getByTestId('presence').filter({ hasText: 'Ola' }).waitFor();
      await ola.page.getByTestId('presence').filter({ hasText: 'Kari' }).waitFor();

      await typeAtEnd(
        kari.page,
        editor(kari.page, 'Tekst for strategi 1.1'),
        ' Sammen med foreningene.',
      );

      const olasView = editor(ola.page, 'Tekst for strategi 1.1');
      await olasView.filter({ hasText: 'Sammen med foreningene.' }).waitFor({ timeout: 10_000 });
      // Kari's caret, labelled with her name, is in the strategy she is writing in.
      await olasView.locator('.collaboration-carets__label', { hasText: 'Kari' }).waitFor();
      // And Ola sees that Kari is working in the first focus area.
      await ola.page
        .getByRole('list', { name: 'Til stede i «Arenaer for deltakelse og læring»' })
        .filter({ hasText: 'Kari' })
        .waitFor();

      // Nothing Ola did was typed; his copy converges on Kari's.
      expect(await olasView.innerText()).toContain(
        'utenom vanlig åpningstid. Sammen med foreningene.',
      );

      await ola.close();
      await expect.poll(() => announcements(kari.page), { timeout: 15_000 }).toContain('Ola gikk');
      await expect
        .poll(() => kari.page.getByTestId('presence').innerText(), { timeout: 15_000 })
        .not.toContain('Ola');
    } finally {
      await kari.close();
      await ola.close();
    }
  });

  it('keeps both people’s typing in a shared title and the caret where it was', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);

      const karisTitle = kari.page.getByRole('textbox', { name: 'Tittel på innsatsområde 3' });
      const olasTitle = ola.page.getByRole('textbox', { name: 'Tittel på innsatsområde 3' });
      await expect.poll(() => karisTitle.inputValue()).toBe('Frivillighet');

      // Kari's caret sits after "Frivillig"; Ola adds a word in front of the title.
      await karisTitle.click();
      await karisTitle.evaluate((input: HTMLTextAreaElement) => input.setSelectionRange(9, 9));
      await olasTitle.click();
      await ola.page.keyboard.press('Home');
      await ola.page.keyboard.type('Lokal ');

      await expect
        .poll(() => karisTitle.inputValue(), { timeout: 10_000 })
        .toBe('Lokal Frivillighet');
      // The caret moved with the text, so Kari keeps typing where she was.
      await kari.page.keyboard.type('-');
      await expect
        .poll(() => olasTitle.inputValue(), { timeout: 10_000 })
        .toBe('Lokal Frivillig-het');
    } finally {
      await kari.close();
      await ola.close();
    }
  });
  it('tells the other, once and politely, that a strategy was added and the numbers changed', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);
      const area = 'Arenaer for deltakelse og læring';
      const told = `En annen la til en strategi i «${area}». Numrene er oppdatert.`;

      await ola.page.getByRole('button', { name: `Legg til strategi i «${area}»` }).click();
      await expect.poll(() => announcements(kari.page), { timeout: 10_000 }).toContain(told);
      // Ola made the change: he is not told that someone else did.
      expect(await announcements(ola.page)).not.toContain('En annen');
      // Typing is not structure: Kari hears nothing about Ola's words.
      await typeAtEnd(ola.page, editor(ola.page, 'Tekst for strategi 1.1'), ' Mer.');
      await editor(kari.page, 'Tekst for strategi 1.1').filter({ hasText: 'Mer.' }).waitFor();
      const heard = await announcements(kari.page);
      expect(heard.split(told).length - 1).toBe(1);
      expect(heard).not.toContain('endringer i planens oppbygging');
    } finally {
      await kari.close();
      await ola.close();
    }
  });
});
