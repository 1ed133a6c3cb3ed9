import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { ownerSiri, participantInviteUrl } from './accounts';
import { announcements } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { addActivity, addNote, createWorkshop, joinByInvite } from './support/workshopSteps';

/**
 * Issue #4 in the browser: a facilitator sorts revealed notes into themes by keyboard only,
 * splits two participants into breakout groups and ends them, hides a note (its author is told)
 * and removes a participant; axe finds nothing on every state of both pages.
 */

const { server, browser } = useBrowserSuite();

const TITLE = 'Fokusgruppe om nærmiljøet';
const BRAINSTORM = 'Hva savner du der du bor?';
const NOTE_LISE = 'Tryggere skolevei';
const NOTE_PER = 'Flere benker i parken';
const THEME = 'Trafikk';

describe('the workshop board in the browser', () => {
  it('sorts by keyboard, runs breakout groups and moderates', { timeout: 240_000 }, async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    const lise = await newVisitor(browser(), { phone: true });
    const per = await newVisitor(browser());
    try {
      const lead = owner.page;
      await lead.goto(`${server().url}/plans/${planId}/workshops`);
      await createWorkshop(lead, TITLE);
      await addActivity(lead, 'Idémyldring', BRAINSTORM);

      const inviteUrl = await participantInviteUrl(owner, server().url, planId);
      const invite = { serverUrl: server().url, planId, inviteUrl, workshopTitle: TITLE };
      await joinByInvite(lise.page, { ...invite, name: 'Lise' });
      await joinByInvite(per.page, { ...invite, name: 'Per' });

      // The participant list, with a remove button for each participant.
      const people = lead.getByTestId('participants');
      await people.getByText('Lise').waitFor();
      await people.getByText('Per').waitFor();
      await expectNoAxeViolations(lead);

      await lead.getByRole('button', { name: 'Start verkstedet' }).click();
      // One click starts the workshop and its first activity (issue #14).
      await lise.page.getByTestId('prompt').filter({ hasText: BRAINSTORM }).waitFor();
      await per.page.getByTestId('prompt').filter({ hasText: BRAINSTORM }).waitFor();
      await addNote(lise.page, NOTE_LISE);
      await addNote(per.page, NOTE_PER);
      await lead.getByText('2 lapper skrevet').waitFor();
      await lead.getByRole('button', { name: 'Vis lappene' }).click();

      // Sorting by keyboard only: type a theme name, Enter; then "Move to" with arrow keys, Tab, Enter.
      const board = lead.getByTestId('revealed-notes');
      await board.getByText(NOTE_LISE).waitFor();
      await lead.getByRole('radio', { name: 'Tilretteleggere og arbeidsgruppen' }).waitFor();
      await expectNoAxeViolations(lead);
      await lead.getByLabel('Nytt tema').focus();
      await lead.keyboard.type(THEME);
      await lead.keyboard.press('Enter');
      const theme = board.getByTestId('cluster').filter({ hasText: THEME });
      await theme.waitFor();
      await lead.getByRole('combobox', { name: `Flytt til ${NOTE_LISE}` }).focus();
      await lead.keyboard.press('ArrowDown');
      await lead.keyboard.press('Tab');
      await expect
        .poll(() => lead.evaluate(() => document.activeElement?.textContent ?? ''))
        .toBe('Flytt');
      await lead.keyboard.press('Enter');
      await theme.getByText(NOTE_LISE).waitFor();
      await expect
        .poll(() => announcements(lead))
        .toContain(`«${NOTE_LISE}» er flyttet til «${THEME}».`);
      // Focus follows the note to its new place, so sorting can go on from there.
      await expect
        .poll(() =>
          lead.evaluate(() => document.activeElement?.getAttribute('data-move-select') ?? null),
        )
        .not.toBeNull();
      await expectNoAxeViolations(lead);

      // The participants see the sorting, read-only (only facilitators sort in this brainstorm).
      const liseTheme = lise.page.getByTestId('cluster').filter({ hasText: THEME });
      await liseTheme.getByText(NOTE_LISE).waitFor();
      await lise.page.getByText('Tilretteleggeren sorterer lappene i temaer.').waitFor();
      expect(await lise.page.getByText('Flytt til').count()).toBe(0);
      await expectNoAxeViolations(lise.page);

      // Dragging with a mouse does the same as "Move to" (an enhancement for pointer users).
      // Both ends of the drag on screen: a tall window, the theme at its top, the note below it.
      await lead.setViewportSize({ width: 1280, height: 1600 });
      await theme.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const perNote = await board
        .getByTestId('board-note')
        .filter({ hasText: NOTE_PER })
        .boundingBox();
      const themeBox = await theme.boundingBox();
      if (!perNote || !themeBox) throw new Error('the note and the theme should be on screen');
      await lead.mouse.move(perNote.x + 6, perNote.y + 6);
      await lead.mouse.down();
      await lead.mouse.move(themeBox.x + 20, themeBox.y + 20, { steps: 8 });
      await lead.mouse.move(themeBox.x + 24, themeBox.y + 24, { steps: 2 });
      await lead.mouse.up();
      await theme.getByText(NOTE_PER).waitFor();

      // The facilitator lets everyone sort: the participants get the controls.
      await lead.getByRole('radio', { name: 'Alle deltakere' }).focus();
      await lead.keyboard.press('Space');
      await lise.page.getByRole('combobox', { name: `Flytt til ${NOTE_LISE}` }).waitFor();
      await lise.page.getByLabel('Nytt tema').waitFor();
      await expectNoAxeViolations(lise.page);

      // Breakout groups: two at random; each participant sees their own group and board.
      await lead.getByRole('button', { name: 'Del i grupper' }).click();
      const groups = lead.getByTestId('groups');
      await groups.getByText('Lise', { exact: true }).waitFor();
      await groups.getByText('Per', { exact: true }).waitFor();
      await expectNoAxeViolations(lead);
      const liseGroup = lise.page.getByTestId('your-group');
      const perGroup = per.page.getByTestId('your-group');
      await liseGroup.waitFor();
      await perGroup.waitFor();
      const liseHeading = await liseGroup.getByRole('heading').innerText();
      const perHeading = await perGroup.getByRole('heading').innerText();
      expect(liseHeading).toMatch(/^Du er i Gruppe [12]$/);
      expect(perHeading).toMatch(/^Du er i Gruppe [12]$/);
      expect(liseHeading).not.toBe(perHeading);
      const inGroupLise = 'Lise skrev dette i gruppen';
      const inGroupPer = 'Per skrev dette i gruppen';
      await addNote(lise.page, inGroupLise);
      await addNote(per.page, inGroupPer);
      await lise.page.getByTestId('revealed-notes').getByText(inGroupLise).waitFor();
      await per.page.getByTestId('revealed-notes').getByText(inGroupPer).waitFor();
      // Each works on their group's board only.
      await board.getByText(inGroupPer).waitFor();
      expect(await lise.page.getByTestId('revealed-notes').getByText(inGroupPer).count()).toBe(0);
      expect(await lise.page.getByTestId('revealed-notes').getByText(NOTE_PER).count()).toBe(0);
      await expectNoAxeViolations(lise.page);
      await expectNoAxeViolations(per.page);

      // Ending the groups: everyone sees the groups' results side by side.
      await lead.getByRole('button', { name: 'Avslutt gruppene' }).click();
      await lise.page.getByRole('heading', { name: 'Resultater per gruppe' }).waitFor();
      await per.page.getByRole('heading', { name: 'Resultater per gruppe' }).waitFor();
      await lead.getByRole('heading', { name: 'Resultater per gruppe' }).waitFor();
      expect(await lise.page.getByTestId('your-group').count()).toBe(0);
      for (const page of [lise.page, per.page, lead]) {
        for (const name of ['I plenum', 'Gruppe 1', 'Gruppe 2']) {
          await page.getByRole('region', { name }).waitFor();
        }
        await page.getByTestId('revealed-notes').getByText(inGroupLise).waitFor();
        await page.getByTestId('revealed-notes').getByText(inGroupPer).waitFor();
      }
      await expectNoAxeViolations(lise.page);
      await expectNoAxeViolations(lead);

      // Moderation: hiding a note tells its author, politely, on their own page.
      await lead.getByRole('button', { name: `Skjul lappen «${NOTE_LISE}»` }).click();
      const dialog = lead.getByRole('dialog', { name: 'Skjule lappen?' });
      await dialog.getByLabel('Grunn').selectOption({ label: 'Personopplysninger' });
      await expectNoAxeViolations(lead);
      await dialog.getByRole('button', { name: 'Skjul lappen' }).click();
      await lead.getByRole('button', { name: 'Vis lappen igjen (Personopplysninger)' }).waitFor();
      const notice = lise.page.getByTestId('hidden-note-notice');
      await notice.getByText('Tilretteleggeren har skjult en av lappene dine').waitFor();
      await notice.getByText(`«${NOTE_LISE}» – grunn: Personopplysninger`).waitFor();
      expect(await per.page.getByTestId('revealed-notes').getByText(NOTE_LISE).count()).toBe(0);
      expect(await per.page.getByTestId('hidden-note-notice').count()).toBe(0);
      await expectNoAxeViolations(lise.page);
      await expectNoAxeViolations(lead);

      // Removing a participant takes a confirm step; their page says so at once.
      await lead.getByRole('button', { name: 'Fjern Per' }).click();
      const confirm = lead.getByRole('dialog', { name: 'Fjerne Per?' });
      await confirm.getByRole('button', { name: 'Fjern deltakeren' }).click();
      await people.getByText('fjernet').waitFor();
      await per.page.getByText('Du er fjernet fra verkstedet.').waitFor();
      await expectNoAxeViolations(per.page);
      await expectNoAxeViolations(lead);
    } finally {
      await owner.close();
      await lise.close();
      await per.close();
    }
  });
});
