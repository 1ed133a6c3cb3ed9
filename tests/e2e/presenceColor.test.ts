import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { kariAndOla } from './accounts';
import { openPlan } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

/** The colour of a person's dot in this page's list of who is here. */
function dotColorOf(page: Page, name: string): Promise<string> {
  return page
    .getByTestId('presence')
    .getByRole('listitem')
    .filter({ hasText: name })
    .locator('span[aria-hidden="true"]')
    .first()
    .evaluate((dot) => getComputedStyle(dot).backgroundColor);
}

/** The colour of the dot in the header's "who am I" badge. */
function badgeColorOf(page: Page): Promise<string> {
  return page
    .getByTestId('who-am-i')
    .locator('span[aria-hidden="true"]')
    .first()
    .evaluate((dot) => getComputedStyle(dot).backgroundColor);
}

describe('choosing the colour others see me in', () => {
  it('works by keyboard alone, is saved, reaches the others at once and passes axe', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);
      await ola.page.getByTestId('presence').filter({ hasText: 'Kari' }).waitFor();

      // Open the choice and pick "Grønn" with the keyboard only.
      const summary = kari.page.getByTestId('presence-color').locator('summary');
      await summary.focus();
      await kari.page.keyboard.press('Enter');
      const group = kari.page.getByRole('group', { name: 'Fargen de andre ser deg i', exact: true });
      await group.waitFor();
      await expectNoAxeViolations(kari.page);
      await kari.page.keyboard.press('Tab');
      const focused = await kari.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
      expect(focused).toBe('radio');
      await kari.page.keyboard.press('Space');
      const green = group.getByRole('radio', { name: 'Grønn', exact: true });
      for (let i = 0; i < 8 && !(await green.isChecked()); i++) await kari.page.keyboard.press('ArrowRight');
      await expect.poll(() => green.isChecked()).toBe(true);

      // Kari hears it is saved (read before waiting for Ola: the message leaves after 7 s).
      await expect
        .poll(() => kari.page.locator('[aria-live="polite"]').allInnerTexts().then((texts) => texts.join(' ')))
        .toContain('Grønn');
      // Ola sees Kari in green (rgb(30, 107, 52) is #1e6b34) without reloading.
      await expect.poll(() => dotColorOf(ola.page, 'Kari'), { timeout: 10_000 }).toBe('rgb(30, 107, 52)');

      // Kept: after a reload the choice is still checked.
      await kari.page.reload();
      await kari.page.getByTestId('presence-color').locator('summary').click();
      await expect.poll(() => kari.page.getByTestId('presence-color').getByRole('radio', { name: 'Grønn', exact: true }).isChecked()).toBe(true);
      await expectNoAxeViolations(kari.page);
    } finally {
      await kari.close();
      await ola.close();
    }
  });

  it('is one choice: the header dialog and the presence list show each other\'s change and the others see it', async () => {
    const planId = await demoPlanId(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      // Kari chose slate grey earlier (stored with her account, not in this browser).
      const stored = await kari.context.request.put(`${server().url}/api/me/presence-color`, {
        data: { color: '#4a5568' },
        headers: { origin: server().url },
      });
      expect(stored.status()).toBe(200);
      await openPlan(kari.page, server().url, planId);
      await openPlan(ola.page, server().url, planId);
      await ola.page.getByTestId('presence').filter({ hasText: 'Kari' }).waitFor();

      // The header shows the colour the others see (rgb(74, 85, 104) is #4a5568).
      await expect.poll(() => badgeColorOf(kari.page)).toBe('rgb(74, 85, 104)');
      await expect.poll(() => dotColorOf(ola.page, 'Kari'), { timeout: 10_000 }).toBe('rgb(74, 85, 104)');

      // Chosen in the header's dialog: "Magenta" (#a3206a) is what Ola sees, without reloading.
      await kari.page.getByRole('button', { name: 'Endre farge' }).click();
      const dialog = kari.page.getByRole('dialog', { name: 'Din farge' });
      await dialog.waitFor();
      expect(await dialog.getByRole('radio', { name: 'Skifergrå', exact: true }).isChecked()).toBe(true);
      await dialog.getByRole('radio', { name: 'Magenta', exact: true }).check();
      await dialog.getByRole('button', { name: 'Lagre' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => dotColorOf(ola.page, 'Kari'), { timeout: 10_000 }).toBe('rgb(163, 32, 106)');
      await expect.poll(() => badgeColorOf(kari.page)).toBe('rgb(163, 32, 106)');
      // ...and the presence list in Kari's own page has it checked.
      await kari.page.getByTestId('presence-color').locator('summary').click();
      const list = kari.page.getByTestId('presence-color');
      await expect.poll(() => list.getByRole('radio', { name: 'Magenta', exact: true }).isChecked()).toBe(true);

      // Chosen in the presence list: "Blågrønn" (#005f6b) shows in the header badge and dialog.
      await list.getByRole('radio', { name: 'Blågrønn', exact: true }).check();
      await expect.poll(() => badgeColorOf(kari.page)).toBe('rgb(0, 95, 107)');
      await expect.poll(() => dotColorOf(ola.page, 'Kari'), { timeout: 10_000 }).toBe('rgb(0, 95, 107)');
      await kari.page.getByRole('button', { name: 'Endre farge' }).click();
      await dialog.waitFor();
      expect(await dialog.getByRole('radio', { name: 'Blågrønn', exact: true }).isChecked()).toBe(true);
      await expectNoAxeViolations(kari.page);
    } finally {
      await kari.close();
      await ola.close();
    }
  });
});
