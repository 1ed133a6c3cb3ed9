import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { ownerSiri } from './accounts';
import { announcements } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { createWorkshop } from './support/workshopSteps';

/**
 * Issue #14, agenda templates: the facilitator adds the built-in "Fokusgruppe 60 min", duplicates
 * an activity by keyboard (focus lands on the copy), saves the agenda as the plan's template, and
 * finds it in a second workshop of the same plan, where it is applied and then deleted. Axe on
 * each new state.
 */

const { server, browser } = useBrowserSuite();

const FOCUS_GROUP = [
  'Velkommen og runde rundt bordet',
  'Idémyldring: hva er viktigst for deg?',
  'Sortering i tema',
  'Prioritering',
  'Hvor enig er du i retningen?',
  'Oppsummering og veien videre',
];

/** The agenda rows' texts, in order. */
function agendaRows(page: Page): Promise<string[]> {
  return page.getByTestId('agenda').locator(':scope > li').allInnerTexts();
}

/** The accessible name of the focused element, or "BODY" when focus fell to the page. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

describe('agenda templates', () => {
  it(
    'applies a built-in template, duplicates by keyboard, saves the agenda and reuses it in the plan',
    { timeout: 180_000 },
    async () => {
      const planId = await demoPlanId(server());
      const owner = await ownerSiri(browser(), server(), planId);
      try {
        const lead = owner.page;
        await lead.setViewportSize({ width: 1280, height: 900 });
        await lead.goto(`${server().url}/plans/${planId}/workshops`);
        await createWorkshop(lead, 'Fokusgruppe på Heggedal');

        // The built-in template, added in order with its time boxes.
        await lead.getByLabel('Mal', { exact: true }).selectOption({ label: 'Fokusgruppe 60 min' });
        await lead.getByRole('button', { name: 'Legg til aktivitetene' }).click();
        await expect.poll(() => agendaRows(lead)).toHaveLength(6);
        const rows = await agendaRows(lead);
        FOCUS_GROUP.forEach((prompt, index) => expect(rows[index]).toContain(prompt));
        await expect.poll(() => announcements(lead)).toContain('6 aktiviteter lagt til');
        await expectNoAxeViolations(lead);

        // Duplicate by keyboard: the copy comes right after, and focus moves to it.
        await lead.getByRole('button', { name: 'Dupliser «Sortering i tema»' }).focus();
        await lead.keyboard.press('Tab');
        await expect.poll(() => focused(lead)).toBe('Dupliser «Prioritering»');
        await lead.keyboard.press('Enter');
        await expect.poll(() => agendaRows(lead)).toHaveLength(7);
        expect((await agendaRows(lead))[4]).toContain('Prioritering (kopi)');
        await expect
          .poll(() => lead.evaluate(() => document.activeElement?.tagName))
          .toBe('LI');
        expect(await focused(lead)).toContain('Prioritering (kopi)');
        await expect.poll(() => announcements(lead)).toContain('«Prioritering» er duplisert.');

        // Save as the plan's template.
        await lead.getByLabel('Navn på malen').fill('Vår fokusgruppe');
        await lead.getByRole('button', { name: 'Lagre agendaen som mal' }).click();
        await expect.poll(() => announcements(lead)).toContain('Malen «Vår fokusgruppe» er lagret.');
        await lead.getByRole('option', { name: 'Vår fokusgruppe' }).waitFor({ state: 'attached' });
        await expectNoAxeViolations(lead);

        // A second workshop of the same plan offers it.
        await lead.goto(`${server().url}/plans/${planId}/workshops`);
        await createWorkshop(lead, 'Fokusgruppe i Vollen');
        await lead.getByRole('option', { name: 'Vår fokusgruppe' }).waitFor({ state: 'attached' });
        await lead.getByLabel('Mal', { exact: true }).selectOption({ label: 'Vår fokusgruppe' });
        await lead.getByRole('button', { name: 'Legg til aktivitetene' }).click();
        await expect.poll(() => agendaRows(lead)).toHaveLength(7);
        expect((await agendaRows(lead))[4]).toContain('Prioritering (kopi)');
        await expect.poll(() => announcements(lead)).toContain('7 aktiviteter lagt til');

        // And deletes it after asking.
        await lead.getByRole('button', { name: 'Slett malen «Vår fokusgruppe»' }).click();
        await lead.getByRole('dialog', { name: 'Slette malen?' }).waitFor();
        await expectNoAxeViolations(lead);
        await lead.getByRole('button', { name: 'Slett malen', exact: true }).click();
        await expect.poll(() => announcements(lead)).toContain('Malen «Vår fokusgruppe» er slettet.');
        expect(await lead.getByRole('option', { name: 'Vår fokusgruppe' }).count()).toBe(0);
        expect(await focused(lead)).toContain('Fokusgruppe 60 min');
      } finally {
        await owner.close();
      }
    },
  );
});
