import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { staffPerson } from './accounts';
import { editor, openPlan, waitForState } from './planPage';
import { useBrowserSuite } from './support/browserSuite';
import {
  installRenderProbe,
  recorded,
  sinceLastCommit,
  startRecording,
} from './support/renderProbe';

const { server, browser } = useBrowserSuite();

/** React has committed nothing for this long: what focus or a keystroke set going is done. */
const QUIET_MS = 1_000;
const TEXT = ' Sammen med foreningene.';

describe('typing in the plan', () => {
  it('re-renders the field typed in and the save status, not the page around them', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', planId });
    try {
      await installRenderProbe(kari.context);
      const { page } = kari;
      await openPlan(page, server().url, planId);
      const field = editor(page, 'Tekst for strategi 1.1');
      await field.click();
      await page.keyboard.press('Control+End');
      // Entering the focus area is news for the presence lists; that settles first.
      await expect.poll(() => sinceLastCommit(page), { timeout: 10_000 }).toBeGreaterThan(QUIET_MS);

      await startRecording(page, '[data-strategy-id]');
      await page.keyboard.type(TEXT, { delay: 40 });
      await waitForState(page, 'saved');
      await expect.poll(() => sinceLastCommit(page), { timeout: 10_000 }).toBeGreaterThan(QUIET_MS);

      const rendered = await recorded(page);
      expect(rendered.filter((component) => component.where === 'outside')).toEqual([]);
      expect(rendered.some((component) => component.where === 'field')).toBe(true);
      // "Lagrer …" once for the burst and "Lagret" once after it (a little more if the machine is
      // so loaded that a keystroke comes after a pause), not twice per keystroke.
      const statusCommits = new Set(
        rendered.filter((component) => component.where === 'status').map(({ commit }) => commit),
      );
      expect(statusCommits.size).toBeLessThan(TEXT.length / 2);
    } finally {
      await kari.close();
    }
  });
});
