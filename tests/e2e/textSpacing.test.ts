import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { ownerSiri, participantInviteUrl } from './accounts';
import { editor, waitForState } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { joinByInvite } from './support/workshopSteps';
import { TEXT_SPACING_CSS, textSpacingProblems } from './support/textSpacing';

const { server, browser } = useBrowserSuite();

const WORKSHOP = 'Innspillsmøte for lag og foreninger i Asker';

/** At phone width and at desktop width: spacing hurts most where lines are short. */
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

async function problemsAtEachWidth(page: Page, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    for (const problem of await textSpacingProblems(page)) found.push(`${name} at ${size.width} px: ${problem}`);
  }
  return found;
}

/**
 * WCAG 1.4.12 (text spacing): with the reader's spacing (line height 1.5, paragraphs 2 em apart,
 * letters 0.12 em, words 0.16 em) no text on the editor, a participant's workshop page or the
 * public page is cut off.
 */
describe('text spacing', () => {
  it('cuts no text off on the editor, the participant page and the public page', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    const guest = await newVisitor(browser(), { phone: true });
    try {
      const post = async (path: string, data: unknown, method: 'post' | 'patch' = 'post') => {
        const response = await owner.context.request[method](`${server().url}${path}`, {
          data,
          headers: { origin: server().url },
        });
        expect(response.status(), path).toBeLessThan(300);
        return response.json() as Promise<unknown>;
      };
      await post(`/api/plans/${planId}/workshops`, { title: WORKSHOP, anonymous: false, facilitatorSeesAuthors: true });
      await post(`/api/plans/${planId}/public`, { enabled: true, slug: 'tekstavstand' }, 'patch');
      const found: string[] = [];

      // The editor, with a strategy's formatting toolbar showing.
      const page = owner.page;
      await page.goto(`${server().url}/plans/${planId}`);
      await waitForState(page, 'saved');
      found.push(...(await problemsAtEachWidth(page, 'editor')));
      await editor(page, 'Tekst for strategi 1.1').click();
      await page.getByRole('toolbar', { name: 'Verktøylinje: Tekst for strategi 1.1' }).waitFor();
      found.push(...(await problemsAtEachWidth(page, 'editor with toolbar')));

      // The public page.
      await page.goto(`${server().url}/p/tekstavstand`);
      await page.getByRole('heading', { level: 1, name: 'Temaplan for medborgerskap' }).waitFor();
      found.push(...(await problemsAtEachWidth(page, 'public page')));

      // A guest's workshop page, on a phone.
      const inviteUrl = await participantInviteUrl(owner, server().url, planId);
      await joinByInvite(guest.page, { serverUrl: server().url, planId, inviteUrl, name: 'Gjest', workshopTitle: WORKSHOP });
      found.push(...(await problemsAtEachWidth(guest.page, 'participant page')));

      expect(found).toEqual([]);

      // The spaced-out page is a page state of its own: axe checks it (contrast, overlaps).
      await guest.page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, TEXT_SPACING_CSS);
      await expectNoAxeViolations(guest.page);
    } finally {
      await guest.close();
      await owner.close();
    }
  });
});
