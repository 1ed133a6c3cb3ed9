import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { ownerSiri, participantInviteUrl } from './accounts';
import { announcements } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { addNote, createWorkshop, joinByInvite, openResults } from './support/workshopSteps';

/**
 * Issue #14 in the browser: the facilitator writes for the room by keyboard only (focus stays in
 * the text area, the addition is announced), a participant's phone shows the note marked
 * "Skrevet for rommet" once revealed and never a name, and at the end the closing screen links
 * the guest to the plan's public page. Axe finds nothing on the new states.
 */

const { server, browser } = useBrowserSuite();

const TITLE = 'Folkemøte om nærmiljøet';
const PROMPT = 'Hva savner du der du bor?';
const ROOM_NOTE = 'Lys på gangstien';
const ROOM_NOTE_2 = 'Flere benker';
const OWN_NOTE = 'Tryggere skolevei';
const SLUG = 'folkemote-naermiljo';

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('writing for the room in the browser', () => {
  it(
    'adds notes for the room by keyboard and shows them marked on a phone',
    { timeout: 240_000 },
    async () => {
      const planId = await demoPlanId(server());
      const saved = await server().medverk.storage.publicPages.saveSettings({
        planId,
        enabled: true,
        slug: SLUG,
        intro: [],
        contact: { name: '', title: '', email: '', phone: '' },
        publishedVersionId: null,
        openInput: false,
        publishInputList: false,
        retentionDays: 365,
        inboxRoles: [],
        updatedAt: Date.now(),
      });
      expect(saved).toBe('ok');
      const owner = await ownerSiri(browser(), server(), planId);
      const lise = await newVisitor(browser(), { phone: true });
      try {
        const lead = owner.page;
        await lead.goto(`${server().url}/plans/${planId}/workshops`);
        await createWorkshop(lead, TITLE);
        // As workshopSteps' addActivity, with an exact name: the page may also offer "Legg til
        // aktivitetene" (agenda templates).
        await lead.getByLabel('Type').selectOption({ label: 'Idémyldring' });
        await lead.getByLabel('Spørsmål eller oppgave').fill(PROMPT);
        await lead.getByRole('button', { name: 'Legg til aktivitet', exact: true }).click();
        await lead.getByTestId('agenda').getByText(PROMPT).first().waitFor();
        const inviteUrl = await participantInviteUrl(owner, server().url, planId);
        await joinByInvite(lise.page, {
          serverUrl: server().url,
          planId,
          inviteUrl,
          workshopTitle: TITLE,
          name: 'Lise',
        });
        await lead.getByTestId('participants').getByText('Lise').waitFor();
        await lead.getByRole('button', { name: 'Start verkstedet' }).click();
        await lise.page.getByTestId('prompt').filter({ hasText: PROMPT }).waitFor();

        // Keyboard only: type, Tab to "Legg til", Enter; focus comes back to the text area.
        const form = lead.getByTestId('write-for-room');
        await lead.getByRole('heading', { name: 'Skriv for rommet' }).waitFor();
        const area = form.getByLabel('Lapp for rommet');
        const areaId = (await area.getAttribute('id')) ?? '';
        await area.focus();
        await lead.keyboard.type(ROOM_NOTE);
        await lead.keyboard.press('Tab');
        await expect
          .poll(() => lead.evaluate(() => document.activeElement?.textContent ?? ''))
          .toBe('Legg til');
        await lead.keyboard.press('Enter');
        await lead
          .getByTestId('room-notes-written')
          .getByText('1 lapp skrevet for rommet', { exact: false })
          .waitFor();
        await expect.poll(() => focusedId(lead)).toBe(areaId);
        await expect.poll(() => area.inputValue()).toBe('');
        await expect.poll(() => announcements(lead)).toContain('Lagt til for rommet');
        // Ctrl+Enter adds from inside the text area.
        await lead.keyboard.type(ROOM_NOTE_2);
        await lead.keyboard.press('Control+Enter');
        await lead
          .getByTestId('room-notes-written')
          .getByText('2 lapper skrevet for rommet', { exact: false })
          .waitFor();
        await expect.poll(() => focusedId(lead)).toBe(areaId);
        // An empty note is not sent: the field says why, focus stays.
        await lead.keyboard.press('Control+Enter');
        await form.getByText('Skriv lappen først.').waitFor();
        await expectNoAxeViolations(lead);

        // Room notes count among the notes written; the participant count is still one.
        await addNote(lise.page, OWN_NOTE);
        await lead.getByText('3 lapper skrevet').waitFor();
        await lead
          .getByTestId('workshop-status')
          .getByText('1 deltaker', { exact: false })
          .waitFor();
        // Lise's own notes are hers only; the room's are not among them.
        expect(await lise.page.getByTestId('my-notes').getByText(ROOM_NOTE).count()).toBe(0);

        await lead.getByRole('button', { name: 'Vis lappene' }).click();
        const phoneNote = lise.page.getByTestId('board-note').filter({ hasText: ROOM_NOTE });
        await phoneNote.getByTestId('room-mark').getByText('Skrevet for rommet').waitFor();
        const ownNote = lise.page.getByTestId('board-note').filter({ hasText: OWN_NOTE });
        await ownNote.waitFor();
        expect(await ownNote.getByTestId('room-mark').count()).toBe(0);
        expect(await lise.page.getByTestId('board-note').filter({ hasText: 'Siri' }).count()).toBe(
          0,
        );
        await expectNoAxeViolations(lise.page);
        await lead
          .getByTestId('board-note')
          .filter({ hasText: ROOM_NOTE })
          .getByTestId('room-mark')
          .waitFor();
        await expectNoAxeViolations(lead);
        // The projector marks it too.
        const wall = await owner.context.newPage();
        await wall.goto(lead.url().replace(/\/lead$/, '/present'));
        await wall.getByTestId('present-notes').getByText(ROOM_NOTE).waitFor();
        await wall.getByTestId('present-notes').getByTestId('room-mark').first().waitFor();
        expect(await wall.getByTestId('present-notes').getByTestId('room-mark').count()).toBe(2);
        await expectNoAxeViolations(wall);
        await wall.close();

        // The end: the closing screen links to the plan's public page, which needs no login.
        await lead.getByRole('button', { name: 'Avslutt verkstedet' }).click();
        await lead
          .getByRole('dialog', { name: 'Avslutte verkstedet?' })
          .getByRole('button', { name: 'Ja, avslutt' })
          .click();
        const closing = lise.page.getByTestId('closing-screen');
        const link = closing.getByRole('link', { name: 'Følg planen på den offentlige siden' });
        await link.waitFor();
        expect(await link.getAttribute('href')).toBe(`/p/${SLUG}`);
        await expectNoAxeViolations(lise.page);
        await link.click();
        await lise.page.waitForURL(`${server().url}/p/${SLUG}`);
        await lise.page.getByRole('heading', { level: 1 }).waitFor();

        // The results page says it instead of an author.
        await openResults(lead, TITLE);
        await lead
          .getByTestId('result-note')
          .filter({ hasText: ROOM_NOTE })
          .getByTestId('room-mark')
          .waitFor();
        expect(
          await lead
            .getByTestId('result-note')
            .filter({ hasText: OWN_NOTE })
            .getByTestId('room-mark')
            .count(),
        ).toBe(0);
        await expectNoAxeViolations(lead);
      } finally {
        await lise.close();
        await owner.close();
      }
    },
  );
});
