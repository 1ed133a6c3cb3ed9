import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { ownerSiri } from './accounts';
import { editor, waitForState } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const STRATEGY = 'Tekst for strategi 1.1';

/** The accessible name of what has focus now. */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

/**
 * WCAG 1.4.13 (content on hover or focus). The app's only custom content that appears on focus
 * is the editor's formatting toolbar and its keyboard tip (other hints are title attributes,
 * which the browser handles): each stays while the pointer moves over it or away (hoverable,
 * persistent), and Escape puts it away without moving focus (dismissable).
 */
describe('content on hover or focus', () => {
  it('keeps the toolbar and its tip while wanted, and Escape hides each where focus is', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    try {
      const page = owner.page;
      await page.goto(`${server().url}/plans/${planId}`);
      await waitForState(page, 'saved');
      const text = editor(page, STRATEGY);
      const toolbar = page.getByRole('toolbar', { name: `Verktøylinje: ${STRATEGY}` });
      const tip = page.locator('.doc-toolbar-tip');

      // Shown by focus in the text; the pointer can go over it and away and it stays.
      await text.click();
      await toolbar.waitFor();
      const box = (await toolbar.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      expect(await toolbar.isVisible()).toBe(true);
      await page.mouse.move(5, 700);
      expect(await toolbar.isVisible()).toBe(true);

      // Escape in the text hides it; focus stays in the text, which still takes typing.
      await page.keyboard.press('Escape');
      await toolbar.waitFor({ state: 'detached' });
      expect(await focusedName(page)).toBe(STRATEGY);

      // Alt+F10 brings it back with focus on its first button, whose tip shows.
      await page.keyboard.press('Alt+F10');
      await expect.poll(() => focusedName(page)).toBe('Fet');
      await tip.waitFor();
      expect(await tip.textContent()).toBe('Fet (Ctrl+B)');
      await expectNoAxeViolations(page);
      await page.mouse.move(box.x + 10, box.y + box.height + 20);
      await page.mouse.move(5, 5);
      expect(await tip.isVisible()).toBe(true);

      // The first Escape hides the tip only; the next goes back to the text; the third hides
      // the toolbar. Focus never moves just to hide something.
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'detached' });
      expect(await focusedName(page)).toBe('Fet');
      expect(await toolbar.isVisible()).toBe(true);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tip.textContent()).toBe('Kursiv (Ctrl+I)');
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'detached' });
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedName(page)).toBe(STRATEGY);
      expect(await toolbar.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await toolbar.waitFor({ state: 'detached' });
      expect(await focusedName(page)).toBe(STRATEGY);

      // Put away until focus leaves the editor: back in it, the toolbar is there again.
      await editor(page, 'Tekst for strategi 1.2').click();
      await page.getByRole('toolbar', { name: 'Verktøylinje: Tekst for strategi 1.2' }).waitFor();
      await text.click();
      await toolbar.waitFor();
    } finally {
      await owner.close();
    }
  });
});
