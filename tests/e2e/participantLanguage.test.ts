import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { manifestKeyOf, readManifest } from '../support/bundleSize';
import { demoPlanId } from '../support/testServer';
import { staffPerson } from './accounts';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const TITLE = 'Ungdom og medvirkning';

/** The built file of each language's text part (client/i18n/<part>/<language>.ts). */
function textChunk(part: 'participation' | 'features', language: 'nb' | 'nn' | 'en'): string {
  const manifest = readManifest();
  return manifest[manifestKeyOf(manifest, `i18n/${part}/${language}`)]!.file;
}

/**
 * Records, from now on, whether the page's heading was ever gone or hidden (a loading state in
 * between: React hides a suspended page with display: none rather than removing it).
 */
async function watchHeading(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const state = window as unknown as { headingLost: boolean };
    state.headingLost = false;
    new MutationObserver(() => {
      if (!document.querySelector('h1')?.checkVisibility()) state.headingLost = true;
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { headingLost: boolean }).headingLost);
}

describe('the participant page in another language', () => {
  it('loads only the participation texts, in the chosen language, and switches without a loading state', async () => {
    const planId = await demoPlanId(server());
    const owner = await staffPerson(browser(), server(), {
      name: 'Eier Eva',
      color: '#0b5cad',
      planId,
      role: 'owner',
      locale: 'en',
    });
    try {
      const made = await owner.context.request.post(
        `${server().url}/api/plans/${planId}/workshops`,
        {
          data: { title: TITLE, anonymous: true, facilitatorSeesAuthors: false },
          headers: { origin: server().url },
        },
      );
      expect(made.status()).toBe(201);
      const workshop = ((await made.json()) as WorkshopResponse).workshop;

      const { page } = owner;
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server().url}/workshops/${workshop.id}`);
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      await page.getByText('The workshop has not started yet.', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'To the workshops' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      // No key shown raw: every text came in before the page rendered.
      expect(await page.locator('body').innerText()).not.toMatch(/\bworkshop\.[a-z]/i);

      const lost = await watchHeading(page);
      await page.getByLabel('Language').selectOption('nn');
      await page.getByText('Verkstaden har ikkje starta enno.', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Til verkstadene' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
      expect(await lost()).toBe(false);

      // The participation part came for each language shown; the other pages' texts never did.
      expect(requested).toContain(`/${textChunk('participation', 'en')}`);
      expect(requested).toContain(`/${textChunk('participation', 'nn')}`);
      for (const language of ['nb', 'nn', 'en'] as const)
        expect(requested).not.toContain(`/${textChunk('features', language)}`);
    } finally {
      await owner.close();
    }
  });
});
