import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { newPerson, newVisitor, type Person } from '../support/browser';
import { ownerSiri, PASSWORD, staffPerson } from './accounts';
import { announcements } from './planPage';
import { useBrowserSuite } from './support/browserSuite';
import {
  dragNoteInto,
  expectRoomAccessible,
  joinByCode,
  moveByKeyboard,
  onEach,
  shownJoinCode,
} from './support/workshopRoom';
import { addNote, createWorkshop, openResults } from './support/workshopSteps';

/**
 * Issue #14's done-when, in one run through the UI: a facilitator fills the agenda from the
 * "Fokusgruppe 60 min" template (by keyboard), a co-facilitator leads beside her, the projector
 * view is open in a third context, and six phones join by code. The whole agenda runs: the
 * welcome round, a brainstorm in two breakout groups (with a note written for the room), sorting
 * into themes by mouse (the co-facilitator) and by keyboard (the facilitator), a vote on the
 * notes, a poll whose answers stay hidden from a phone until it has answered, and the wrap-up;
 * then the winning theme goes into the plan carrying its votes. Axe on the lead page, the wall
 * and a phone in every state.
 *
 * The keyboard-only path through the stage (start, next, pause, end) is workshopStage.test.ts;
 * here only what is new in this flow is done by keyboard: applying the template and one move.
 */

const { server, browser } = useBrowserSuite();

const TITLE = 'Fokusgruppe om turveier og møteplasser';
const AREA = '3. Frivillighet';

/** The template's activities (shared/workshop/templates/builtInTemplates.ts, in bokmål). */
const WELCOME = 'Velkommen og runde rundt bordet';
const IDEAS = 'Idémyldring: hva er viktigst for deg?';
const SORT = 'Sortering i tema';
const PRIORITISE = 'Prioritering';
const POLL = 'Hvor enig er du i retningen?';
const WRAP_UP = 'Oppsummering og veien videre';
/** The agenda's rows once the template is applied: kind, prompt, state, in this order. */
const AGENDA = [
  `Diskusjon: ${WELCOME} (Venter)`,
  `Idémyldring: ${IDEAS} (Venter)`,
  `Gruppering: ${SORT} (Venter)`,
  `Avstemning: ${PRIORITISE} (Venter)`,
  `Spørsmål: ${POLL} (Venter)`,
  `Diskusjon: ${WRAP_UP} (Venter)`,
];

interface Phone {
  name: string;
  group: 1 | 2;
  note: string;
  /** The notes this person votes for (the template gives three votes each). */
  votes: string[];
  /** The poll option this person answers. */
  answer: string;
}

const BENCHES = 'Flere benker langs turveien';
const LIGHTS = 'Belysning på gangveien';
const YOUTH = 'Gratis aktiviteter for ungdom';
const SCHOOL = 'Trygg skolevei';
const ELDERLY = 'Møteplass for eldre';
const LIBRARY = 'Lengre åpningstid på biblioteket';
const FOR_ROOM = 'Bedre busstilbud om kvelden';

/** Group 1's theme (dragged into and moved into), the winner; group 2's (keyboard). */
const PATHS = 'Trygge turveier';
const SCHOOLS = 'Skoleveien';

/**
 * Votes chosen so the totals are all different at the top: lights 6, school 5, benches 4,
 * elderly 2, youth 1, library and the room's note 0 (18 in all). The winning theme holds lights
 * and benches: 10 (themeVotes: its own, none, plus its notes'); the other holds school: 5.
 */
const PHONES: Phone[] = [
  {
    name: 'Astrid',
    group: 1,
    note: BENCHES,
    votes: [LIGHTS, SCHOOL, BENCHES],
    answer: 'Helt enig',
  },
  {
    name: 'Bjørn',
    group: 1,
    note: LIGHTS,
    votes: [LIGHTS, SCHOOL, BENCHES],
    answer: 'Delvis enig',
  },
  { name: 'Cecilie', group: 1, note: YOUTH, votes: [LIGHTS, SCHOOL, BENCHES], answer: 'Helt enig' },
  { name: 'Dag', group: 2, note: SCHOOL, votes: [LIGHTS, SCHOOL, BENCHES], answer: 'Delvis uenig' },
  { name: 'Eli', group: 2, note: ELDERLY, votes: [LIGHTS, SCHOOL, ELDERLY], answer: 'Helt enig' },
  {
    name: 'Frode',
    group: 2,
    note: LIBRARY,
    votes: [LIGHTS, ELDERLY, YOUTH],
    answer: 'Delvis enig',
  },
];
const GROUP_OF_NOTE = new Map<string, 1 | 2>([
  ...PHONES.map((phone) => [phone.note, phone.group] as const),
  [FOR_ROOM, 2],
]);

/** What the wall lists after the vote's reveal, place by place ("1. text 6 stemmer"). */
const RANKED_FIRST = [
  `1. ${LIGHTS} 6 stemmer`,
  `2. ${SCHOOL} 5 stemmer`,
  `3. ${BENCHES} 4 stemmer`,
  `4. ${ELDERLY} 2 stemmer`,
  `5. ${YOUTH} 1 stemme`,
];
/** Tied at the bottom; ties keep board order, which this test does not pin. */
const RANKED_LAST = [`6. ${LIBRARY} 0 stemmer`, `6. ${FOR_ROOM} 0 stemmer`];

/** A stage "Next" button's name for the activity that follows. */
const next = (prompt: string) => `Neste: «${prompt}»`;

/** A list's items as one-line texts. */
async function lines(list: Locator): Promise<string[]> {
  return (await list.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

describe('issue #14: a whole focus group from a template', () => {
  it(
    'runs the template’s agenda with a co-facilitator, a wall and six phones in two groups, into the plan',
    { timeout: 300_000 },
    async () => {
      const planId = await demoPlanId(server());
      const owner = await ownerSiri(browser(), server(), planId);
      const people: Person[] = [owner];
      try {
        const lead = owner.page;
        await lead.goto(`${server().url}/plans/${planId}/workshops`);
        await createWorkshop(lead, TITLE);
        const workshopId = new URL(lead.url()).pathname.split('/')[2]!;

        // The agenda from the template, by keyboard: the list, Tab to its button, Enter.
        const template = lead.getByLabel('Mal', { exact: true });
        await template.focus();
        await expect
          .poll(() =>
            template.evaluate(
              (element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
            ),
          )
          .toBe('Fokusgruppe 60 min');
        await lead.keyboard.press('Tab');
        await expect
          .poll(() => lead.evaluate(() => document.activeElement?.textContent ?? ''))
          .toBe('Legg til aktivitetene');
        await lead.keyboard.press('Enter');
        const rows = lead.getByTestId('agenda').locator(':scope > li > span.break-words');
        await expect.poll(() => lines(rows)).toEqual(AGENDA);
        await expect.poll(() => announcements(lead)).toContain('6 aktiviteter lagt til');
        await lead
          .getByTestId('stage')
          .getByText(`den første aktiviteten med en gang: «${WELCOME}»`)
          .waitFor();

        await lead.getByRole('button', { name: 'Lag kode' }).click();
        const code = await shownJoinCode(lead);
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

        // A co-facilitator (facilitator role, own account and context) sees the same code.
        const coFacilitator = await staffPerson(browser(), server(), {
          name: 'Fasilitator Frida',
          color: '#b3261e',
          planId,
          role: 'facilitator',
        });
        people.push(coFacilitator);
        const co = coFacilitator.page;
        await co.goto(`${server().url}/workshops/${workshopId}/lead`);
        await co.getByRole('heading', { name: `Led «${TITLE}»`, level: 1 }).waitFor();
        expect(await shownJoinCode(co)).toBe(code);

        // The wall, in a third context (the owner's account on the projector's computer).
        const projector = await newPerson(browser(), {
          color: '#0b5cad',
          login: { serverUrl: server().url, email: owner.email, password: PASSWORD },
        });
        people.push(projector);
        const wall = projector.page;
        await wall.setViewportSize({ width: 1280, height: 720 });
        await wall.goto(`${server().url}/workshops/${workshopId}/present`);
        const wallCode = wall.getByTestId('present-code').locator('span[aria-hidden="true"]');
        await expect.poll(() => wallCode.innerText()).toBe(code);

        // Six phones join by code, at the same time, as a room does.
        const phones = new Map<string, Page>();
        for (const phone of PHONES) {
          const visitor = await newVisitor(browser(), { phone: true });
          people.push(visitor);
          phones.set(phone.name, visitor.page);
        }
        const pageOf = (name: string) => phones.get(name)!;
        const allPhones = [...phones.values()];
        await onEach(PHONES, (phone) =>
          joinByCode(pageOf(phone.name), {
            serverUrl: server().url,
            code,
            workshopId,
            workshopTitle: TITLE,
            name: phone.name,
          }),
        );
        await lead.getByTestId('workshop-status').getByText('6 deltakere har blitt med').waitFor();
        await expect
          .poll(() => wall.getByTestId('present-joined').innerText())
          .toBe('6 deltakere er med');
        const astrid = pageOf('Astrid');
        const screens = { lead, wall, phone: astrid };
        await expectRoomAccessible('before the start', screens);

        // One click starts the workshop and its first activity, the welcome round.
        await lead.getByRole('button', { name: 'Start verkstedet' }).click();
        const stage = lead.getByTestId('stage');
        await stage.getByTestId('stage-prompt').getByText(WELCOME).waitFor();
        await co.getByTestId('stage').getByTestId('stage-prompt').getByText(WELCOME).waitFor();
        await wall.getByRole('heading', { name: WELCOME, level: 2 }).waitFor();
        await wall.getByRole('timer').waitFor();
        for (const page of allPhones)
          await page.getByTestId('prompt').filter({ hasText: WELCOME }).waitFor();
        await expectRoomAccessible('the welcome round (discussion)', screens);

        // The brainstorm, in two breakout groups placed by hand.
        await stage.getByRole('button', { name: next(IDEAS) }).click();
        await wall.getByRole('heading', { name: IDEAS, level: 2 }).waitFor();
        for (const page of allPhones)
          await page.getByTestId('prompt').filter({ hasText: IDEAS }).waitFor();
        await lead.getByRole('radio', { name: 'Jeg velger selv' }).check();
        for (const phone of PHONES)
          await lead
            .getByRole('combobox', { name: `Gruppe for ${phone.name}` })
            .selectOption({ label: `Gruppe ${phone.group}` });
        await lead.getByRole('button', { name: 'Del i grupper' }).click();
        const groups = lead.getByTestId('groups');
        for (const phone of PHONES)
          await groups
            .getByRole('listitem')
            .filter({ hasText: `Gruppe ${phone.group}` })
            .getByText(phone.name, { exact: true })
            .waitFor();
        await onEach(PHONES, async (phone) => {
          const page = pageOf(phone.name);
          await page
            .getByTestId('your-group')
            .getByRole('heading', { name: `Du er i Gruppe ${phone.group}` })
            .waitFor();
          await addNote(page, phone.note);
        });

        // The facilitator writes for someone in group 2 without a phone.
        const forRoom = lead.getByTestId('write-for-room');
        await forRoom.getByLabel('Lapp for rommet').fill(FOR_ROOM);
        await forRoom.getByLabel('Til', { exact: true }).selectOption({ label: 'Gruppe 2' });
        await forRoom.getByRole('button', { name: 'Legg til' }).click();
        await lead
          .getByTestId('room-notes-written')
          .getByText('1 lapp skrevet for rommet')
          .waitFor();
        await lead.getByText('7 lapper skrevet').waitFor();
        await wall.getByText('7 lapper er skrevet').waitFor();
        // Still private: nobody sees another's note before the reveal, nor the wall.
        expect(await astrid.getByText(LIGHTS).count()).toBe(0);
        expect(await wall.getByText(BENCHES).count()).toBe(0);
        await expectRoomAccessible('the brainstorm in groups, notes written', screens);

        await stage.getByRole('button', { name: 'Vis lappene' }).click();
        const leadBoard = lead.getByTestId('revealed-notes');
        for (const note of GROUP_OF_NOTE.keys()) await leadBoard.getByText(note).waitFor();
        // The room's note is marked as such, never with a name.
        await leadBoard
          .getByTestId('board-note')
          .filter({ hasText: FOR_ROOM })
          .getByText('Skrevet for rommet')
          .waitFor();
        // Each phone works on its own group's board only.
        const astridBoard = astrid.getByTestId('revealed-notes');
        for (const [note, group] of GROUP_OF_NOTE) {
          if (group === 1) await astridBoard.getByText(note).waitFor();
          else expect(await astridBoard.getByText(note).count()).toBe(0);
        }
        await wall.getByTestId('present-notes').getByText(FOR_ROOM).waitFor();
        await expectRoomAccessible('the brainstorm in groups, notes revealed', screens);

        // Sorting into themes, still in groups: the co-facilitator by mouse, the facilitator by keyboard.
        await stage.getByRole('button', { name: next(SORT) }).click();
        await wall.getByRole('heading', { name: SORT, level: 2 }).waitFor();
        const section = (page: Page, group: 1 | 2) =>
          page.getByRole('region', { name: `Gruppe ${group}`, exact: true });
        const coGroup1 = section(co, 1);
        await coGroup1.getByLabel('Nytt tema (Gruppe 1)').fill(PATHS);
        await coGroup1.getByRole('button', { name: 'Legg til tema' }).click();
        await coGroup1.getByTestId('cluster').filter({ hasText: PATHS }).waitFor();
        await dragNoteInto(co, coGroup1, LIGHTS, PATHS);
        const leadGroup1 = section(lead, 1);
        await leadGroup1
          .getByTestId('cluster')
          .filter({ hasText: PATHS })
          .getByText(LIGHTS)
          .waitFor();
        await moveByKeyboard(lead, leadGroup1, BENCHES, PATHS);
        const leadGroup2 = section(lead, 2);
        await leadGroup2.getByLabel('Nytt tema (Gruppe 2)').focus();
        await lead.keyboard.type(SCHOOLS);
        await lead.keyboard.press('Enter');
        await leadGroup2.getByTestId('cluster').filter({ hasText: SCHOOLS }).waitFor();
        await moveByKeyboard(lead, leadGroup2, SCHOOL, SCHOOLS);
        // Everyone sees it: the co-facilitator, the group's phones, the wall.
        await coGroup1
          .getByTestId('cluster')
          .filter({ hasText: PATHS })
          .getByText(BENCHES)
          .waitFor();
        const astridTheme = astrid.getByTestId('cluster').filter({ hasText: PATHS });
        await astridTheme.getByText(LIGHTS).waitFor();
        await astridTheme.getByText(BENCHES).waitFor();
        await pageOf('Dag')
          .getByTestId('cluster')
          .filter({ hasText: SCHOOLS })
          .getByText(SCHOOL)
          .waitFor();
        const wallTheme = wall.getByRole('region', { name: PATHS });
        await wallTheme.getByText(LIGHTS).waitFor();
        await wallTheme.getByText(BENCHES).waitFor();
        await expectRoomAccessible('sorting into themes in groups', screens);

        // The groups end: everyone sees both groups' results side by side.
        await lead.getByRole('button', { name: 'Avslutt gruppene' }).click();
        for (const page of [astrid, pageOf('Frode')]) {
          await page.getByRole('heading', { name: 'Resultater per gruppe' }).waitFor();
          await page.getByTestId('revealed-notes').getByText(SCHOOL).waitFor();
          await page.getByTestId('revealed-notes').getByText(LIGHTS).waitFor();
        }
        expect(await astrid.getByTestId('your-group').count()).toBe(0);

        // The vote on the notes: each phone spends its three votes as planned.
        await stage.getByRole('button', { name: next(PRIORITISE) }).click();
        await wall.getByRole('heading', { name: PRIORITISE, level: 2 }).waitFor();
        for (const page of allPhones)
          await page.getByTestId('votes-left').filter({ hasText: '3 stemmer igjen' }).waitFor();
        const left = ['2 stemmer igjen', '1 stemme igjen', '0 stemmer igjen'];
        await onEach(PHONES, async (phone) => {
          const page = pageOf(phone.name);
          for (const [index, note] of phone.votes.entries()) {
            const button = page.getByRole('button', {
              name: `Stem på «${note} (Gruppe ${GROUP_OF_NOTE.get(note)})»`,
            });
            await button.tap();
            await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
            await page.getByTestId('votes-left').filter({ hasText: left[index]! }).waitFor();
          }
        });
        await lead.getByText('18 stemmer avgitt').waitFor();
        await wall.getByText('18 stemmer er avgitt').waitFor();
        // Not on the wall before the reveal.
        expect(await wall.getByTestId('present-vote-results').count()).toBe(0);
        await expectRoomAccessible('the vote, all votes cast', screens);

        await stage.getByRole('button', { name: 'Vis resultatet' }).click();
        const wallRanking = wall.getByTestId('present-vote-results').getByRole('listitem');
        await expect.poll(async () => (await lines(wallRanking)).slice(0, 5)).toEqual(RANKED_FIRST);
        expect((await lines(wallRanking)).slice(5).sort()).toEqual([...RANKED_LAST].sort());
        await astrid
          .getByTestId('vote-results')
          .getByRole('listitem')
          .first()
          .filter({ hasText: LIGHTS })
          .filter({ hasText: '6 stemmer' })
          .waitFor();
        await expectRoomAccessible('the vote, revealed', screens);

        // The poll: answers are shown to a phone after it has answered (the template leaves the
        // poll at "afterAnswering"), and, the workshop being anonymous, from three answers on
        // (shared/workshop/kinds/poll/visibility.ts). The wall shows bars only once public.
        await stage.getByRole('button', { name: next(POLL) }).click();
        await wall.getByRole('heading', { name: POLL, level: 2 }).waitFor();
        for (const page of allPhones)
          await page.getByTestId('prompt').filter({ hasText: POLL }).waitFor();
        const answer = async (name: string) => {
          const phone = PHONES.find((candidate) => candidate.name === name)!;
          const page = pageOf(name);
          await page.getByLabel(phone.answer, { exact: true }).check();
          await page.getByRole('button', { name: 'Svar', exact: true }).tap();
          await expect.poll(() => announcements(page)).toContain('Svaret ditt er registrert.');
        };
        const breakdownShown = /\d+ \(\d+ %\)/;
        await answer('Astrid');
        // One answer in an anonymous workshop: not even its writer sees a breakdown.
        await astrid
          .getByTestId('poll-status')
          .getByText('minst 3 har svart', { exact: false })
          .waitFor();
        expect(await astrid.getByTestId('poll-results').count()).toBe(0);
        await answer('Bjørn');
        await answer('Cecilie');
        await astrid.getByTestId('poll-results').waitFor();
        // Dag has not answered: three have, and still nothing of the breakdown is in his page.
        const dag = pageOf('Dag');
        // (Waits for the count wherever it is shown, so a leak fails on the check, not a timeout.)
        await dag.getByText('3 har svart', { exact: true }).waitFor();
        expect(await dag.getByTestId('poll-results').count()).toBe(0);
        expect(await dag.getByTestId('poll-status').innerText()).toContain(
          'Du ser svarene når du har svart.',
        );
        expect(await dag.content()).not.toMatch(breakdownShown);
        // Nor on the wall: only how many have answered.
        await wall.getByText('3 har svart').waitFor();
        expect(await wall.getByTestId('present-poll-results').count()).toBe(0);
        expect(await wall.content()).not.toMatch(breakdownShown);
        // The facilitator sees the breakdown live.
        await lead.getByTestId('poll-results').getByText('2 (67 %)').waitFor();
        await expectRoomAccessible('the poll, three answered', { ...screens, unanswered: dag });

        await answer('Dag');
        const dagResults = dag.getByTestId('poll-results').getByRole('listitem');
        await expect
          .poll(() => lines(dagResults))
          .toEqual([
            'Helt enig 2 (50 %)',
            'Delvis enig 1 (25 %)',
            'Delvis uenig 1 (25 %)',
            'Helt uenig 0 (0 %)',
          ]);
        await answer('Eli');
        await answer('Frode');
        await wall.getByText('6 har svart').waitFor();
        expect(await wall.getByTestId('present-poll-results').count()).toBe(0);
        await stage.getByRole('button', { name: 'Vis svarene for alle' }).click();
        const finalPoll = [
          'Helt enig 3 (50 %)',
          'Delvis enig 2 (33 %)',
          'Delvis uenig 1 (17 %)',
          'Helt uenig 0 (0 %)',
        ];
        await expect
          .poll(() => lines(wall.getByTestId('present-poll-results').getByRole('listitem')))
          .toEqual(finalPoll);
        await expectRoomAccessible('the poll, revealed', screens);

        // The wrap-up, then the end, after asking.
        await stage.getByRole('button', { name: next(WRAP_UP) }).click();
        await wall.getByRole('heading', { name: WRAP_UP, level: 2 }).waitFor();
        for (const page of allPhones)
          await page.getByTestId('prompt').filter({ hasText: WRAP_UP }).waitFor();
        await stage
          .getByText('Alle aktivitetene i programmet er gjennomført.', { exact: false })
          .waitFor();
        await stage.getByRole('button', { name: 'Avslutt verkstedet' }).click();
        const confirm = lead.getByRole('dialog', { name: 'Avslutte verkstedet?' });
        await confirm.getByRole('button', { name: 'Ja, avslutt' }).click();
        await lead.getByTestId('workshop-status').getByText('Status: Avsluttet').waitFor();
        await co.getByTestId('workshop-status').getByText('Status: Avsluttet').waitFor();
        for (const page of allPhones)
          await page
            .getByTestId('closing-screen')
            .getByRole('heading', { name: 'Takk for at du var med!' })
            .waitFor();
        await wall.getByRole('heading', { name: 'Takk for at du var med!', level: 2 }).waitFor();
        await expectRoomAccessible('ended', screens);

        // The results, and the winning theme into the plan with its votes (its notes' 6 + 4).
        await openResults(lead, TITLE);
        const winner = lead.getByTestId('result-cluster').filter({ hasText: PATHS });
        await winner.getByText('Temaet fikk 10 stemmer').waitFor();
        await lead
          .getByTestId('result-cluster')
          .filter({ hasText: SCHOOLS })
          .getByText('Temaet fikk 5 stemmer')
          .waitFor();
        await winner.getByRole('button', { name: `Bruk temaet «${PATHS}» i planen` }).click();
        const dialog = lead.getByRole('dialog', { name: 'Bruk i planen' });
        await dialog.getByRole('radio', { name: 'Ny strategi' }).check();
        await dialog.getByLabel('Under innsatsområde').selectOption({ label: AREA });
        await expect.poll(() => dialog.getByLabel('Tekst i strategien').inputValue()).toBe(PATHS);
        await dialog.getByRole('button', { name: 'Legg inn i planen' }).click();
        await lead
          .getByTestId('promote-done')
          .getByText('Strategien er lagt inn i planen.')
          .waitFor();
        await lead.getByRole('link', { name: 'Åpne planen' }).click();
        const origin = lead.getByTestId('item-provenance').filter({ hasText: TITLE });
        await origin.waitFor();
        // Two people wrote the theme's notes (Astrid and Bjørn).
        expect(await origin.innerText()).toBe(
          `Fra verkstedet «${TITLE}», 10 stemmer, 2 bidragsytere`,
        );
        const strategy = lead.locator('li[data-strategy-id]').filter({ has: origin });
        await expect.poll(() => strategy.getByRole('textbox').innerText()).toContain(PATHS);
      } finally {
        for (const person of people) await person.close();
      }
    },
  );
});
