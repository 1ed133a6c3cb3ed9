import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createStaff, demoPlanId, addMember } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { PASSWORD, kariAndOla, staffPerson } from './accounts';
import { editor, openPlan, waitForState } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') ?? element?.textContent ?? null;
  });
}

describe('accessibility (axe: WCAG 2.1 A and AA)', () => {
  it('has no violations on the plan list, in any language', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', planId });
    try {
      await kari.page.goto(server().url);
      await kari.page.getByRole('link', { name: 'Temaplan for medborgerskap' }).waitFor();
      await expectNoAxeViolations(kari.page);
      await kari.page.getByLabel('Språk').selectOption('en');
      await kari.page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
      await expectNoAxeViolations(kari.page);
    } finally {
      await kari.close();
    }
  });

  it('sends a visitor without a session to log in, accessibly, and back to the plan after', async () => {
    const planId = await demoPlanId(server());
    const email = 'aisha@asker.kommune.no';
    const { id } = await createStaff(server(), { email, name: 'Aisha', password: PASSWORD });
    await addMember(server(), planId, id, 'editor');
    const visitor = await newVisitor(browser());
    try {
      const { page } = visitor;
      await page.goto(`${server().url}/plans/${planId}`);
      await page.getByRole('heading', { name: 'Logg inn', level: 1 }).waitFor();
      expect(new URL(page.url()).searchParams.get('returnTo')).toBe(`/plans/${planId}`);
      await expectNoAxeViolations(page);

      // Submitting without anything says what is missing, next to each field.
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByText('Skriv inn e-postadressen din.').waitFor();
      await page.getByText('Skriv inn passordet ditt.').waitFor();
      expect(await page.getByLabel('E-post').getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page);

      await page.getByLabel('E-post').fill(email);
      await page.getByLabel('Passord').fill('feil-passord-123');
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.getByText('E-postadressen eller passordet er feil.').waitFor();
      await expectNoAxeViolations(page);

      await page.getByLabel('Passord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.waitForURL(`${server().url}/plans/${planId}`);
      await waitForState(page, 'saved');
      // The name others see is the account's.
      await page.getByTestId('presence').filter({ hasText: 'Aisha (deg)' }).waitFor();
      await page.getByTestId('who-am-i').filter({ hasText: 'Aisha' }).waitFor();

      // The colour is chosen in a modal dialog from the header.
      await page.getByRole('button', { name: 'Endre farge' }).click();
      const dialog = page.getByRole('dialog', { name: 'Din farge' });
      await dialog.waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('radio', { name: 'Grønn', exact: true }).check();
      await dialog.getByRole('button', { name: 'Lagre' }).click();
      // Closing the dialog returns focus to the button that opened it.
      await expect.poll(() => focusedLabel(page)).toBe('Endre farge');
      // Kept with the account, so the others see it too.
      await expect
        .poll(() =>
          page.evaluate(() =>
            fetch('/api/me/presence-color').then((response) => response.json() as Promise<{ color: string }>),
          ),
        )
        .toMatchObject({ color: '#1e6b34' });

      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.getByText('Du er logget ut.').waitFor();
      await page.getByRole('heading', { name: 'Logg inn', level: 1 }).waitFor();
      await page.goto(`${server().url}/plans/${planId}`);
      await page.getByRole('heading', { name: 'Logg inn', level: 1 }).waitFor();
    } finally {
      await visitor.close();
    }
  });

  it('has no violations in the editor with two people, carets and the undo message', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);
      await editor(kari.page, 'Tekst for strategi 1.2').click();
      await ola.page
        .locator('.collaboration-carets__label', { hasText: 'Kari' })
        .waitFor({ timeout: 10_000 });
      await ola.page
        .getByRole('list', { name: /^Til stede i/ })
        .filter({ hasText: 'Kari' })
        .waitFor();
      await expectNoAxeViolations(ola.page);

      await ola.page.getByRole('button', { name: 'Slett strategi 2.1' }).click();
      await ola.page.getByRole('button', { name: 'Angre' }).waitFor();
      await expectNoAxeViolations(ola.page);
      await ola.page.getByRole('button', { name: 'Angre' }).click();
      await editor(ola.page, 'Tekst for strategi 2.1').waitFor();
    } finally {
      await kari.close();
      await ola.close();
    }
  });

  it('lets keyboard users skip to the content and Tab out of a rich-text editor', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', planId });
    try {
      const { page } = kari;
      await openPlan(page, server().url, planId);

      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBe('Hopp til hovedinnhold');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      await editor(page, 'Tekst for strategi 1.2').focus();
      await page.keyboard.press('Tab');
      // Tab leaves the editor (no keyboard trap) for the strategy's own buttons.
      await expect.poll(() => focusedLabel(page)).toBe('Flytt strategi 1.2 opp');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedLabel(page)).toBe('Tekst for strategi 1.2');
    } finally {
      await kari.close();
    }
  });

  it('has no violations on a plan that does not exist, or one the person is not in', async () => {
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad' });
    try {
      await kari.page.goto(`${server().url}/plans/finnes-ikke`);
      await kari.page.getByRole('heading', { name: 'Fant ikke planen', level: 1 }).waitFor();
      await expectNoAxeViolations(kari.page);

      await kari.page.goto(`${server().url}/plans/${await demoPlanId(server())}`);
      await kari.page.getByRole('heading', { name: 'Du har ikke tilgang', level: 1 }).waitFor();
      await expectNoAxeViolations(kari.page);
    } finally {
      await kari.close();
    }
  });
});
