import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { ownerSiri, participantInviteUrl } from './accounts';
import { announcements } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { addActivity, addNote, createWorkshop, joinByInvite } from './support/workshopSteps';

const { server, browser } = useBrowserSuite();

const TITLE = 'Fokusgruppe om frivillighet';
const BRAINSTORM = 'Hva trengs i nærmiljøet?';
const VOTE = 'Hva er viktigst?';
const GOAL = 'Finne ut hva frivillige trenger for å bli værende';
const NOTE = 'Flere møteplasser for eldre';

describe('a workshop run in the browser', () => {
  it('lets the owner run a brainstorm and a vote that a participant on a phone takes part in', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    const participant = await newVisitor(browser(), { phone: true });
    try {
      const lead = owner.page;
      await lead.goto(`${server().url}/plans/${planId}/workshops`);
      await lead.getByRole('heading', { name: 'Verksteder', level: 1 }).waitFor();
      // Goal, date and "the facilitator may see authors" are set up front; the participant is told.
      await lead.getByLabel('Mål for verkstedet (valgfritt)').fill(GOAL);
      await lead.getByLabel('Dato (valgfritt)').fill('2026-12-03');
      await lead.getByLabel('Tilretteleggeren kan likevel se hvem som skrev hva').check();
      await expectNoAxeViolations(lead);
      await createWorkshop(lead, TITLE);
      await addActivity(lead, 'Idémyldring', BRAINSTORM, { minutes: '5' });
      await addActivity(lead, 'Avstemning', VOTE, { minutes: '3' });
      await expectNoAxeViolations(lead);

      // A participant link, made through the People API as the owner would on that page.
      const inviteUrl = await participantInviteUrl(owner, server().url, planId);

      const phone = participant.page;
      const invite = { serverUrl: server().url, planId, inviteUrl, workshopTitle: TITLE };
      await joinByInvite(phone, { ...invite, name: 'Lise' });
      const intro = phone.getByTestId('workshop-intro');
      await intro.getByText(GOAL).waitFor();
      await intro.getByText('Dato: 3. desember 2026').waitFor();
      await intro
        .getByText('ingen andre deltakere ser hvem som skrev hva. Tilretteleggeren kan se det.', {
          exact: false,
        })
        .waitFor();
      await expectNoAxeViolations(phone);

      await lead.getByRole('button', { name: 'Start verkstedet' }).click();
      // One click starts the workshop and its first activity (issue #14).
      await lead.getByTestId('countdown').waitFor();

      await phone.getByTestId('prompt').filter({ hasText: BRAINSTORM }).waitFor();
      await phone.getByRole('timer').waitFor();
      await addNote(phone, NOTE);
      await expectNoAxeViolations(phone);

      await lead.getByText('1 lapp skrevet').waitFor();
      await lead.getByRole('button', { name: 'Vis lappene' }).click();
      await lead.getByTestId('revealed-notes').getByText(NOTE).waitFor();
      await phone.getByTestId('revealed-notes').getByText(NOTE).waitFor();
      await expect.poll(() => announcements(phone)).toContain('1 lapp vist');
      await expectNoAxeViolations(phone);
      await expectNoAxeViolations(lead);

      await lead.getByRole('button', { name: `Start «${VOTE}»` }).click();
      await phone.getByTestId('prompt').filter({ hasText: VOTE }).waitFor();
      await phone.getByTestId('votes-left').filter({ hasText: '3 stemmer igjen' }).waitFor();
      const vote = phone.getByRole('button', { name: `Stem på «${NOTE}»` });
      await vote.click();
      await phone.getByTestId('votes-left').filter({ hasText: '2 stemmer igjen' }).waitFor();
      await expect.poll(() => vote.getAttribute('aria-pressed')).toBe('true');
      await expectNoAxeViolations(phone);

      await lead.getByText('1 stemme avgitt').waitFor();
      await lead.getByRole('button', { name: 'Vis resultatet' }).click();
      const result = lead
        .getByTestId('vote-results')
        .getByRole('listitem')
        .filter({ hasText: NOTE });
      await result.filter({ hasText: '1 stemme' }).waitFor();
      await phone.getByTestId('vote-results').getByText('1 stemme').waitFor();
      await expectNoAxeViolations(lead);
      await expectNoAxeViolations(phone);
    } finally {
      await owner.close();
      await participant.close();
    }
  });
});
