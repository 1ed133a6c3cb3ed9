import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { staffPerson } from './accounts';
import { openPlan, waitForState } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

/** The `lang` of the plan's title field and of every rich-text editor, in page order. */
function contentLangs(page: Page): Promise<(string | null)[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-role="plan-title"], .doc-editor')].map((element) =>
      element.getAttribute('lang'),
    ),
  );
}

describe("the plan's content language (issue #15)", () => {
  it('marks the plan text as bokmål when the interface is in English', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', locale: 'en', planId, role: 'owner' });
    try {
      const { page } = kari;
      await openPlan(page, server().url, planId);
      await page.getByRole('heading', { name: 'Purpose', level: 2 }).waitFor();
      await page.getByRole('textbox', { name: 'Text for strategy 1.1' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const langs = await contentLangs(page);
      expect(langs.length).toBeGreaterThan(2);
      expect(new Set(langs)).toEqual(new Set(['nb']));
      // The interface around the text stays English: the headings it writes carry no lang.
      expect(await page.getByRole('heading', { name: 'Purpose', level: 2 }).evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe('en');

      // A frozen version reads the same way: its text nb, the page's headings English.
      const frozen = await page.request.post(`${server().url}/api/plans/${planId}/versions`, {
        headers: { origin: server().url },
        data: { name: 'Utkast til første behandling', step: 'first-reading' },
      });
      expect(frozen.status()).toBe(201);
      const { version } = (await frozen.json()) as { version: { id: string } };
      await page.goto(`${server().url}/plans/${planId}/versions/${version.id}`);
      const purpose = page.getByRole('heading', { name: 'Purpose', level: 2 });
      await purpose.waitFor();
      expect(await purpose.evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe('en');
      expect(await page.locator('main [lang="nb"]').count()).toBeGreaterThan(2);
    } finally {
      await kari.close();
    }
  });

  it('creates a nynorsk plan by keyboard; its text is marked nynorsk', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', planId });
    try {
      const { page } = kari;
      await page.goto(server().url);
      const title = page.getByRole('textbox', { name: 'Tittel på planen' });
      await title.waitFor();
      const group = page.getByRole('group', { name: 'Planens språk' });
      // In a bokmål interface a new plan is in bokmål unless chosen otherwise.
      expect(await group.getByRole('radio', { name: 'Bokmål' }).isChecked()).toBe(true);

      await title.focus();
      await page.keyboard.type('Temaplan for kulturarv');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('nb');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => group.getByRole('radio', { name: 'Nynorsk' }).isChecked()).toBe(true);
      await expectNoAxeViolations(page);

      await page.keyboard.press('Tab');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Opprett plan');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/plans\/[A-Za-z0-9_-]+$/);
      await waitForState(page, 'saved');
      await expect.poll(() => page.getByRole('textbox', { name: 'Tittel på planen' }).inputValue()).toBe('Temaplan for kulturarv');
      await expect.poll(async () => new Set(await contentLangs(page))).toEqual(new Set(['nn']));
      expect((await contentLangs(page)).length).toBeGreaterThanOrEqual(2);

      // The owner changes it in the plan's settings; the editor then marks the text as bokmål.
      const planUrl = page.url();
      await page.goto(`${planUrl}/public`);
      const setting = page.getByRole('group', { name: 'Planens språk' });
      await expect.poll(() => setting.getByRole('radio', { name: 'Nynorsk' }).isChecked()).toBe(true);
      await setting.getByRole('radio', { name: 'Bokmål' }).check();
      await page.getByRole('button', { name: 'Lagre språket' }).click();
      await page.getByText('Planens språk er lagret: Bokmål.').waitFor({ state: 'attached' });
      await expectNoAxeViolations(page);
      await page.goto(planUrl);
      await waitForState(page, 'saved');
      await expect.poll(async () => new Set(await contentLangs(page))).toEqual(new Set(['nb']));
    } finally {
      await kari.close();
    }
  });
});
