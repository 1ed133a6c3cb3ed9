import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { newVisitor, type Person } from '../support/browser';
import { ownerSiri, participantInviteUrl } from './accounts';
import { announcements } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { addActivity, createWorkshop, joinByInvite } from './support/workshopSteps';

/**
 * Issue #14, the facilitator's flow: one click starts the workshop and its first activity,
 * "Next" moves on, ending asks first and leaves the phones on a closing screen. The facilitator
 * runs it by keyboard only; participants hear each change without "follow me". Axe at 1280 and
 * 768 px on every state of both pages.
 */

const { server, browser } = useBrowserSuite();

const TITLE = 'Fokusgruppe om nærmiljøet';
const FIRST = 'Hva savner du der du bor?';
const SECOND = 'Hva bør vi gjøre først?';

/** The accessible name of the focused element, or "BODY" when focus fell to the page. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the element named `name` has focus. */
async function tabTo(page: Page, name: string, backwards = false): Promise<void> {
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if ((await focused(page)) === name) return;
  }
  throw new Error(`«${name}» is not reachable with Tab`);
}

/** Axe at a desktop (1280) and a tablet (768) width; the page is left at 1280. */
async function axeAtWidths(page: Page): Promise<void> {
  for (const width of [768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page);
  }
}

describe('the facilitator’s stage flow', () => {
  it(
    'starts with one click, moves on with Next and ends after asking, by keyboard only',
    { timeout: 180_000 },
    async () => {
      const planId = await demoPlanId(server());
      const owner = await ownerSiri(browser(), server(), planId);
      const people: Person[] = [owner];
      try {
        const lead = owner.page;
        await lead.setViewportSize({ width: 1280, height: 900 });
        await lead.goto(`${server().url}/plans/${planId}/workshops`);
        await createWorkshop(lead, TITLE);
        await addActivity(lead, 'Idémyldring', FIRST, { minutes: '5' });
        // The second by keyboard: the button is busy while the command is on its way, and
        // focus stays on it rather than falling to the page.
        await lead.getByLabel('Spørsmål eller oppgave').fill(SECOND);
        await tabTo(lead, 'Legg til aktivitet');
        await lead.keyboard.press('Enter');
        await lead.getByTestId('agenda').getByText(SECOND).waitFor();
        await expect.poll(() => focused(lead)).toBe('Legg til aktivitet');
        const stage = lead.getByTestId('stage');
        await stage.getByText(`den første aktiviteten med en gang: «${FIRST}»`).waitFor();

        const inviteUrl = await participantInviteUrl(owner, server().url, planId);
        const desk = await newVisitor(browser());
        people.push(desk);
        const phone = await newVisitor(browser(), { phone: true });
        people.push(phone);
        const invite = { serverUrl: server().url, planId, inviteUrl, workshopTitle: TITLE };
        await joinByInvite(desk.page, { ...invite, name: 'Per' });
        await joinByInvite(phone.page, { ...invite, name: 'Lise' });
        // One count on the page: two participants, the facilitator apart.
        await lead.getByTestId('participant-count').getByText('2 deltakere har blitt med').waitFor();
        await lead.getByTestId('workshop-status').getByText('2 deltakere har blitt med').waitFor();
        await axeAtWidths(lead);

        // Keyboard only from here on the lead page: Tab, Enter and Space.
        await tabTo(lead, 'Start verkstedet');
        await lead.keyboard.press('Enter');
        await stage.getByTestId('stage-prompt').getByText(FIRST).waitFor();
        await stage.getByRole('timer').waitFor();
        // The Start button is gone; focus is on the stage's heading, with a visible ring.
        await expect.poll(() => focused(lead)).toBe('Aktivitet nå: Idémyldring');
        const ring = await lead.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
        expect(ring).not.toBe('none');
        await expect.poll(() => announcements(lead)).toContain(`Aktivitet nå: «${FIRST}»`);

        // The phones show the first activity at once, and say so, without "follow me".
        for (const page of [desk.page, phone.page]) {
          await page.getByTestId('prompt').filter({ hasText: FIRST }).waitFor();
          await page.getByRole('timer').waitFor();
          await expect
            .poll(() => announcements(page))
            .toContain(`Verkstedet har startet. Aktivitet nå: Idémyldring: ${FIRST}`);
        }
        await axeAtWidths(lead);
        await axeAtWidths(desk.page);
        await expectNoAxeViolations(phone.page);

        // Pause and resume are told to the phones, once each.
        await tabTo(lead, 'Pause tiden');
        await lead.keyboard.press('Space');
        // The switch is one button: focus stays on it as its label changes.
        await expect.poll(() => focused(lead)).toBe('Fortsett tiden');
        await expect.poll(() => announcements(phone.page)).toContain('Tiden er satt på pause.');
        await lead.keyboard.press('Enter');
        await expect.poll(() => focused(lead)).toBe('Pause tiden');
        await expect.poll(() => announcements(phone.page)).toContain('Tiden går igjen.');
        const told = (await announcements(phone.page)).split('\n');
        expect(told.filter((line) => line === 'Tiden er satt på pause.')).toHaveLength(1);

        // "Next" is the stage's one next step.
        await tabTo(lead, `Neste: «${SECOND}»`, true);
        await lead.keyboard.press('Space');
        await stage.getByTestId('stage-prompt').getByText(SECOND).waitFor();
        for (const page of [desk.page, phone.page]) {
          await page.getByTestId('prompt').filter({ hasText: SECOND }).waitFor();
          await expect
            .poll(() => announcements(page))
            .toContain(`Ny aktivitet: Idémyldring: ${SECOND}`);
        }
        // Nothing is left to start: the button went, focus did not fall to the page.
        await stage.getByText('Alle aktivitetene i programmet er gjennomført.', { exact: false }).waitFor();
        await expect.poll(() => focused(lead)).not.toBe('BODY');

        // Ending asks first; Cancel is where focus starts, and cancelling changes nothing.
        await tabTo(lead, 'Avslutt verkstedet');
        await lead.keyboard.press('Enter');
        const dialog = lead.getByRole('dialog', { name: 'Avslutte verkstedet?' });
        await dialog.waitFor();
        await expect.poll(() => focused(lead)).toBe('Avbryt');
        await expectNoAxeViolations(lead);
        await lead.keyboard.press('Enter');
        await dialog.waitFor({ state: 'hidden' });
        await expect.poll(() => focused(lead)).toBe('Avslutt verkstedet');
        await lead.getByTestId('workshop-status').getByText('Status: Pågår').waitFor();
        await lead.keyboard.press('Enter');
        await dialog.waitFor();
        await lead.keyboard.press('Shift+Tab');
        await expect.poll(() => focused(lead)).toBe('Ja, avslutt');
        await lead.keyboard.press('Enter');
        await lead.getByTestId('workshop-status').getByText('Status: Avsluttet').waitFor();
        await expect.poll(() => focused(lead)).toBe('Verkstedet er avsluttet');
        await axeAtWidths(lead);

        // The phones: a closing screen with what happens next, not the last activity.
        for (const page of [desk.page, phone.page]) {
          const closing = page.getByTestId('closing-screen');
          await closing.getByRole('heading', { name: 'Takk for at du var med!' }).waitFor();
          await closing.getByText('går videre til arbeidsgruppen for planen', { exact: false }).waitFor();
          expect(await page.getByTestId('prompt').count()).toBe(0);
          await expect
            .poll(() => announcements(page))
            .toContain('Verkstedet er avsluttet. Takk for at du var med!');
          // The thanks replace the activity and take focus, with a ring though no key was used.
          await expect.poll(() => focused(page)).toBe('Takk for at du var med!');
          expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
        }
        await axeAtWidths(desk.page);
        await expectNoAxeViolations(phone.page);
        // "Back" from the closing screen is the plan's workshops page.
        await phone.page.getByTestId('closing-screen').getByRole('link', { name: 'Til verkstedene' }).click();
        await phone.page.waitForURL(`${server().url}/plans/${planId}/workshops`);
      } finally {
        for (const person of people) await person.close();
      }
    },
  );
});
