import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Locator, Page } from 'playwright-core';
import { planDocName } from '../../shared/protocol';
import { addFocusArea, listFocusAreas } from '../../shared/plan/focusAreas';
import { writeParagraphs } from '../../shared/plan/richText';
import { addStrategy, listStrategies } from '../../shared/plan/strategies';
import { createdId, DiscussionSeat, rangeOver } from '../support/discussionClient';
import { connectClient } from '../support/syncClient';
import { ownerWithPlan, type TestServer } from '../support/testServer';
import { kariAndOla } from './accounts';
import { editor, openPlan } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { discussionToggle, panelItem } from './support/deliberation';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const AREAS = 6;
const STRATEGIES = 6;
/** The last strategy: far below the first screen (1280×720), so drawn without an editor at first. */
const FAR = `Tekst for strategi ${AREAS}.${STRATEGIES}`;

/** A plan of 6 focus areas × 6 strategies, two paragraphs each, written through the sync protocol. */
async function largePlan(testServer: TestServer): Promise<{ planId: string; cookie: string }> {
  const { cookie, planId } = await ownerWithPlan(testServer, 'Temaplan med mange felt');
  const client = connectClient(testServer.url, planDocName(planId), cookie);
  try {
    await client.provider.whenSynced();
    client.doc.transact(() => {
      for (let a = 1; a <= AREAS; a++) {
        const area = addFocusArea(client.doc, { title: `Innsatsområde ${a}` });
        for (let s = 1; s <= STRATEGIES; s++) {
          const id = addStrategy(client.doc, area);
          const strategy = listStrategies(client.doc, area).find((candidate) => candidate.id === id)!;
          writeParagraphs(strategy.body, [`Strategi ${a}.${s} gir folk en stemme.`, `Andre avsnitt i ${a}.${s}.`]);
        }
      }
      for (const area of listFocusAreas(client.doc)) writeParagraphs(area.body, ['Hvorfor dette området teller.']);
    });
    await client.provider.whenSaved();
  } finally {
    client.close();
  }
  return { planId, cookie };
}

/** Whether the field is a mounted TipTap editor (a static field has no .ProseMirror). */
function isMounted(field: Locator): Promise<boolean> {
  return field.evaluate((element) => element.classList.contains('ProseMirror'));
}

/** The focused element's accessible name, and whether it is a mounted editor. */
function focused(page: Page): Promise<{ label: string | null; mounted: boolean }> {
  return page.evaluate(() => ({
    label: document.activeElement?.getAttribute('aria-label') ?? null,
    mounted: !!document.activeElement?.classList.contains('ProseMirror'),
  }));
}

describe('rich-text fields mount their editor lazily (issue #16)', () => {
  it('draws far fields as text that is found, reached by Tab, edited, and kept live', async () => {
    const { planId } = await largePlan(server());
    const { kari, ola } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      const first = editor(kari.page, 'Tekst for strategi 1.1');
      const far = editor(kari.page, FAR);
      await expect.poll(() => isMounted(first), { timeout: 15_000 }).toBe(true);
      // Far down the plan: the same textbox with its name and text (find-in-page), but no editor.
      expect(await isMounted(far)).toBe(false);
      expect(await far.getAttribute('aria-multiline')).toBe('true');
      expect(await far.innerText()).toContain(`Strategi ${AREAS}.${STRATEGIES} gir folk en stemme.`);
      await expectNoAxeViolations(kari.page);

      // Ola writes in that strategy; Kari's static copy shows it, still without an editor.
      await openPlan(ola.page, server().url, planId);
      const olasFar = editor(ola.page, FAR);
      await olasFar.click();
      await ola.page.keyboard.press('Control+End');
      await ola.page.keyboard.type(' Ola skrev dette.');
      await far.filter({ hasText: 'Ola skrev dette.' }).waitFor({ timeout: 10_000 });
      expect(await isMounted(far)).toBe(false);

      // Tab from what comes before it (focused without scrolling, so the field stays far away)
      // lands in the field, now an editor with the same name, and Kari types in it.
      await far.evaluate((field: HTMLElement) => {
        const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, textarea, input, [tabindex="0"], [contenteditable="true"]')].filter(
          (element) => !element.hasAttribute('disabled') && element.tabIndex >= 0 && element.getClientRects().length > 0,
        );
        tabbable[tabbable.indexOf(field) - 1]!.focus({ preventScroll: true });
      });
      expect(await isMounted(far)).toBe(false);
      const staticBox = await far.boundingBox();
      await kari.page.keyboard.press('Tab');
      await expect.poll(() => focused(kari.page)).toEqual({ label: FAR, mounted: true });
      // The editor took the static text's place without moving or resizing it (no layout shift).
      const editorBox = await far.boundingBox();
      expect(Math.abs(editorBox!.height - staticBox!.height)).toBeLessThanOrEqual(1);
      expect(Math.abs(editorBox!.width - staticBox!.width)).toBeLessThanOrEqual(1);
      await kari.page.keyboard.type('Kari først. ');
      await olasFar.filter({ hasText: 'Kari først.' }).waitFor({ timeout: 10_000 });
      expect(await editor(kari.page, FAR).innerText()).toContain('Kari først. Strategi 6.6');
      // Each sees the other's caret in the field (carets are drawn by mounted editors only).
      await olasFar.locator('.collaboration-carets__label', { hasText: 'Kari' }).waitFor();
      await far.locator('.collaboration-carets__label', { hasText: 'Ola' }).waitFor();
      await expectNoAxeViolations(kari.page);
    } finally {
      await kari.close();
      await ola.close();
    }
  });

  it('mounts a static field to show a comment’s range in it ("Vis i teksten")', async () => {
    const { planId, cookie } = await largePlan(server());
    // The owner comments on a word in the last strategy, through the discussion protocol.
    const owner = await DiscussionSeat.open(server().url, cookie, planId);
    try {
      const area = listFocusAreas(owner.planDoc).at(-1)!;
      const strategy = listStrategies(owner.planDoc, area.id).at(-1)!;
      const paragraph = (strategy.body.get(0) as Y.XmlElement).get(0) as Y.XmlText;
      await createdId(
        owner.command({ type: 'startThread', section: { kind: 'item', id: strategy.id }, range: rangeOver(paragraph, 'stemme'), body: 'Hvem sin stemme?' }),
      );
    } finally {
      owner.close();
    }
    const { kari } = await kariAndOla(browser(), server(), planId);
    try {
      await openPlan(kari.page, server().url, planId);
      const far = editor(kari.page, FAR);
      await expect.poll(() => isMounted(editor(kari.page, 'Tekst for strategi 1.1')), { timeout: 15_000 }).toBe(true);
      expect(await isMounted(far)).toBe(false);

      await discussionToggle(kari.page).click();
      // The panel names the thread by its quote (the commented word).
      const thread = panelItem(kari.page, 'stemme');
      await thread.locator('[data-role="toggle"]').click();
      await thread.getByRole('button', { name: 'Vis i teksten' }).click();
      // The field became an editor, took focus, and selected the commented word.
      await expect.poll(() => focused(kari.page)).toEqual({ label: FAR, mounted: true });
      await expect.poll(() => kari.page.evaluate(() => getSelection()?.toString())).toBe('stemme');
    } finally {
      await kari.close();
    }
  });
});
