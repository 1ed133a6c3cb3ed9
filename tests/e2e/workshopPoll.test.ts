import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { ownerSiri, participantInviteUrl } from './accounts';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { scaleText, sidewaysOverflow } from './support/reflow';
import { createWorkshop, joinByInvite } from './support/workshopSteps';

const { server, browser } = useBrowserSuite();

const TITLE = 'Spørsmål om frivillighet';
const POLL = 'Er du med i et lag eller en forening?';

describe('a poll in the browser (issue #14, honest results)', () => {
  it('shows a participant the answers only once they have answered', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    const participant = await newVisitor(browser(), { phone: true });
    try {
      const lead = owner.page;
      await lead.goto(`${server().url}/plans/${planId}/workshops`);
      await lead.getByRole('heading', { name: 'Verksteder', level: 1 }).waitFor();
      // Open, so one answer may already be shown (an anonymous workshop waits for three).
      await lead.getByLabel('Anonyme lapper (ingen ser hvem som skrev hva)').uncheck();
      await createWorkshop(lead, TITLE);
      await lead.getByLabel('Type').selectOption({ label: 'Spørsmål' });
      await lead.getByLabel('Spørsmål eller oppgave').fill(POLL);
      await lead.getByLabel('Svaralternativer, ett per linje').fill('Ja\nNei');
      await expect
        .poll(() => lead.getByLabel('Når ser deltakerne svarene?').inputValue())
        .toBe('afterAnswering');
      await lead.getByRole('button', { name: 'Legg til aktivitet', exact: true }).click();
      await lead.getByTestId('agenda').getByText(POLL).waitFor();

      const inviteUrl = await participantInviteUrl(owner, server().url, planId);
      const phone = participant.page;
      await joinByInvite(phone, { serverUrl: server().url, planId, inviteUrl, workshopTitle: TITLE, name: 'Lise' });
      await lead.getByRole('button', { name: 'Start verkstedet' }).click();

      await phone.getByTestId('prompt').filter({ hasText: POLL }).waitFor();
      await phone.getByTestId('poll-status').getByText('Du ser svarene når du har svart.').waitFor();
      expect(await phone.getByTestId('poll-results').count()).toBe(0);
      await expectNoAxeViolations(phone);

      await phone.getByLabel('Ja').check();
      await phone.getByRole('button', { name: 'Svar' }).click();
      const results = phone.getByTestId('poll-results');
      await results.getByText('1 (100 %)').waitFor();
      await phone.getByText('1 har svart').waitFor();
      await expectNoAxeViolations(phone);

      await lead.getByRole('button', { name: 'Vis svarene for alle' }).click();
      await lead.getByTestId('poll-results').getByText('1 (100 %)').waitFor();
      await expectNoAxeViolations(lead);

      // Reflow (WCAG 1.4.10, 1.4.4): the participant's and the lead page at 320 px and with text
      // at 200 %, nothing to scroll sideways.
      const found: string[] = [];
      for (const [name, page, size] of [
        ['participant', phone, { width: 390, height: 844 }],
        ['lead', lead, { width: 1280, height: 800 }],
      ] as const) {
        await page.setViewportSize({ width: 320, height: 640 });
        for (const culprit of await sidewaysOverflow(page)) found.push(`${name} at 320 px: ${culprit}`);
        await page.setViewportSize(size);
        await scaleText(page, 2);
        for (const culprit of await sidewaysOverflow(page)) found.push(`${name} at 200 % text: ${culprit}`);
        await scaleText(page, 1);
      }
      expect(found).toEqual([]);
    } finally {
      await owner.close();
      await participant.close();
    }
  });
});
