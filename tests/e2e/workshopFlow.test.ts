import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { newVisitor, type Person } from '../support/browser';
import { ownerSiri, staffPerson } from './accounts';
import { openPlan } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import {
  addActivity,
  addNote,
  createWorkshop,
  openResults,
  voteRanking,
} from './support/workshopSteps';
import { moveByKeyboard } from './support/workshopRoom';

/**
 * Issue #4's acceptance test, all through the UI: a facilitator runs a whole focus group for
 * three participants (one on a phone) who join by code — a timed brainstorm whose countdown
 * agrees on every screen, private notes until the reveal, themes sorted by keyboard, a vote on
 * the themes, the ranked results, and the winning theme turned into a strategy that an editor
 * with the plan open sees arrive live, with its provenance. Axe finds nothing on any state.
 */

const { server, browser } = useBrowserSuite();

/** mm:ss (or m:ss) as seconds. */
function seconds(text: string): number {
  const match = /(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`no countdown in «${text}»`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function clock(total: number): string {
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Every page's countdown read at the same instant of the (shared) machine clock: each page waits
 * in its own event loop until then, so the time CDP takes to reach each page does not count.
 */
async function countdowns(pages: Page[]): Promise<number[]> {
  const at = Date.now() + 300;
  const texts = await Promise.all(
    pages.map((page) =>
      page.evaluate(async (instant) => {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, instant - Date.now())));
        return document.querySelector('[role="timer"]')?.textContent ?? '';
      }, at),
    ),
  );
  return texts.map(seconds);
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

/**
 * The screens agree within a second. A page's display ticks once a second from its own phase,
 * so a sample taken across a second boundary may honestly differ by one; more than that is a
 * real disagreement. A retry only covers a sample skewed by a loaded machine; a page that keeps
 * a different time fails.
 */
async function expectCountdownsAgree(pages: Page[]): Promise<number[]> {
  let last: number[] = [];
  await expect
    .poll(
      async () => {
        last = await countdowns(pages);
        return spread(last);
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBeLessThanOrEqual(1);
  return last;
}

const TITLE = 'Fokusgruppe om møteplasser';
const BRAINSTORM = 'Hva mangler der du bor?';
const VOTE = 'Hva bør kommunen gjøre først?';
const WINNER = 'Møteplasser for unge';
const RUNNER_UP = 'Trafikksikkerhet';
const NOTE_LISE = 'Et sted for ungdom å være om kvelden';
const NOTE_PER = 'Ungdomsklubb som er åpen i helgene';
const NOTE_INE = 'Fortau langs skoleveien';
const AREA = '3. Frivillighet';
const ASSOCIATION = 'Ungdomsrådet';

describe('a whole focus group in the browser', () => {
  it(
    'runs from join code to a strategy in the plan, on four screens and a phone',
    { timeout: 240_000 },
    async () => {
      const planId = await demoPlanId(server());
      const owner = await ownerSiri(browser(), server(), planId);
      const people: Person[] = [owner];
      try {
        const lead = owner.page;

        // The association list, so the join form offers a choice.
        await lead.goto(`${server().url}/plans/${planId}/people`);
        await lead.getByRole('link', { name: 'Foreninger dere vil nå' }).click();
        await lead.getByLabel('Navn på foreningen').fill(ASSOCIATION);
        await lead.keyboard.press('Enter');
        await lead
          .getByTestId('association-list')
          .getByText(ASSOCIATION, { exact: true })
          .waitFor();

        // The workshop and its agenda: a timed brainstorm, then a vote on its themes.
        await lead.goto(`${server().url}/plans/${planId}/workshops`);
        await createWorkshop(lead, TITLE);
        await lead.waitForURL(/\/workshops\/[^/]+\/lead$/);
        const workshopId = new URL(lead.url()).pathname.split('/')[2]!;
        await addActivity(lead, 'Idémyldring', BRAINSTORM, { minutes: '5' });
        await addActivity(lead, 'Avstemning', VOTE, { voteOn: 'Temaene', votes: '2' });

        // A join code, read off the page as the participants would read it off the projector.
        await lead.getByRole('button', { name: 'Lag kode' }).click();
        const shown = lead.getByTestId('join-code').locator('span[aria-hidden="true"]');
        await shown.waitFor();
        const code = (await shown.innerText()).trim();
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        await expectNoAxeViolations(lead);

        // Three participants join at /join: the phone one types the code, lower case, no dash.
        const lise = await newVisitor(browser(), { phone: true });
        people.push(lise);
        const per = await newVisitor(browser());
        people.push(per);
        const ine = await newVisitor(browser());
        people.push(ine);
        const joinWith = async (page: Page, name: string, typed: boolean, association?: string) => {
          await page.goto(`${server().url}/join`);
          await page.getByRole('heading', { name: 'Bli med i et verksted', level: 1 }).waitFor();
          const field = page.getByLabel('Kode', { exact: true });
          if (typed) {
            await field.tap();
            await page.keyboard.type(code.replace('-', '').toLowerCase());
            await page.keyboard.press('Enter');
          } else {
            await field.fill(code);
            await page.getByRole('button', { name: 'Fortsett' }).click();
          }
          await page.waitForURL(`${server().url}/join/${code}`);
          await page.getByRole('heading', { name: `Bli med i «${TITLE}»`, level: 1 }).waitFor();
          await page.getByLabel('Navnet ditt').fill(name);
          if (association) await page.getByRole('radio', { name: association }).check();
          await page.getByRole('button', { name: 'Bli med' }).click();
          await page.waitForURL(`${server().url}/workshops/${workshopId}`);
          await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
          await page.getByText('Verkstedet har ikke startet ennå.', { exact: false }).waitFor();
        };
        await lise.page.goto(`${server().url}/join`);
        await lise.page.getByRole('heading', { name: 'Bli med i et verksted', level: 1 }).waitFor();
        await expectNoAxeViolations(lise.page);
        await joinWith(lise.page, 'Lise', true);
        await expectNoAxeViolations(lise.page);
        // Per stops on the join form to be checked with a choice made.
        await per.page.goto(`${server().url}/join/${code}`);
        await per.page.getByRole('radio', { name: ASSOCIATION }).check();
        await expectNoAxeViolations(per.page);
        await joinWith(per.page, 'Per', false, ASSOCIATION);
        await joinWith(ine.page, 'Ine', false);

        const participants = lead.getByTestId('participants');
        for (const name of ['Lise', 'Per', 'Ine']) await participants.getByText(name).waitFor();
        await lead.getByText('3 deltakere').first().waitFor();

        // Start: the brainstorm and its five minutes on all four screens.
        await lead.getByRole('button', { name: 'Start verkstedet' }).click();
        // One click starts the workshop and its first activity (issue #14).
        const guests = [lise.page, per.page, ine.page];
        const screens = [lead, ...guests];
        for (const page of guests)
          await page.getByTestId('prompt').filter({ hasText: BRAINSTORM }).waitFor();
        for (const page of screens) await page.getByRole('timer').waitFor();
        const running = await expectCountdownsAgree(screens);
        expect(Math.min(...running)).toBeGreaterThan(4 * 60);
        // 5:01 is possible for a moment: the estimated clock offset may be a few ms off.
        expect(Math.max(...running)).toBeLessThanOrEqual(5 * 60 + 1);
        await expectNoAxeViolations(lead);

        // Paused, every screen shows the very same time; a minute more reaches them all.
        await lead.getByRole('button', { name: 'Pause tiden' }).click();
        for (const page of screens)
          await page.getByTestId('countdown').filter({ hasText: 'På pause' }).waitFor();
        const paused = await countdowns(screens);
        expect(spread(paused)).toBe(0);
        const pausedAt = paused[0]!;
        await lead.getByRole('button', { name: 'Ett minutt til' }).click();
        for (const page of screens)
          await expect.poll(() => page.getByRole('timer').innerText()).toBe(clock(pausedAt + 60));
        // The paused state, checked on three screens (this also lets the pause last a while).
        for (const page of [lead, lise.page, per.page]) await expectNoAxeViolations(page);
        // The first frame after the resume, on every screen, already counts on from the paused
        // time (it used to add the length of the pause until the next tick). One second of slack
        // for the estimated clock offset; the pause itself lasts several.
        type Watched = Window & { firstFrameAfterPause?: Promise<string> };
        for (const page of screens)
          await page.evaluate(() => {
            (window as Watched).firstFrameAfterPause = new Promise<string>((resolve) => {
              const observer = new MutationObserver(() => {
                const text = document.querySelector('[data-testid="countdown"]')?.textContent;
                if (text === undefined || text.includes('På pause')) return;
                observer.disconnect();
                resolve(text);
              });
              observer.observe(document.body, {
                subtree: true,
                childList: true,
                characterData: true,
              });
            });
          });
        await lead.getByRole('button', { name: 'Fortsett tiden' }).click();
        for (const page of screens) {
          const firstFrame = await page.evaluate(
            () => (window as Watched).firstFrameAfterPause ?? '',
          );
          expect(seconds(firstFrame)).toBeLessThanOrEqual(pausedAt + 60 + 1);
        }
        const resumed = await expectCountdownsAgree(screens);
        expect(Math.max(...resumed)).toBeLessThanOrEqual(pausedAt + 60 + 1);
        expect(Math.min(...resumed)).toBeGreaterThan(pausedAt + 60 - 30);

        // Notes are private until the reveal.
        const notes: [Person, string][] = [
          [lise, NOTE_LISE],
          [per, NOTE_PER],
          [ine, NOTE_INE],
        ];
        for (const [person, text] of notes) await addNote(person.page, text);
        await lead.getByText('3 lapper skrevet').waitFor();
        for (const [person, own] of notes) {
          for (const [, other] of notes) {
            if (other !== own) expect(await person.page.getByText(other).count()).toBe(0);
          }
        }
        await expectNoAxeViolations(lise.page);
        await expectNoAxeViolations(per.page);

        await lead.getByRole('button', { name: 'Vis lappene' }).click();
        const board = lead.getByTestId('revealed-notes');
        for (const page of screens) {
          for (const [, text] of notes)
            await page.getByTestId('revealed-notes').getByText(text).waitFor();
        }
        await expectNoAxeViolations(lead);
        await expectNoAxeViolations(lise.page);

        // Sorting into themes, by keyboard only.
        for (const theme of [WINNER, RUNNER_UP]) {
          await lead.getByLabel('Nytt tema').focus();
          await lead.keyboard.type(theme);
          await lead.keyboard.press('Enter');
          await board.getByTestId('cluster').filter({ hasText: theme }).waitFor();
        }
        await moveByKeyboard(lead, board, NOTE_LISE, WINNER);
        await moveByKeyboard(lead, board, NOTE_PER, WINNER);
        await moveByKeyboard(lead, board, NOTE_INE, RUNNER_UP);
        await expectNoAxeViolations(lead);
        for (const page of guests) {
          const theme = page.getByTestId('cluster').filter({ hasText: WINNER });
          await theme.getByText(NOTE_LISE).waitFor();
          await theme.getByText(NOTE_PER).waitFor();
        }
        await expectNoAxeViolations(lise.page);

        // The vote on the themes: everyone for the winner, Per for the runner-up as well.
        await lead.getByRole('button', { name: `Start «${VOTE}»` }).click();
        for (const page of guests) {
          await page.getByTestId('prompt').filter({ hasText: VOTE }).waitFor();
          await page.getByTestId('votes-left').filter({ hasText: '2 stemmer igjen' }).waitFor();
        }
        await expectNoAxeViolations(lise.page);
        const vote = async (page: Page, theme: string, left: string, tap: boolean) => {
          const button = page.getByRole('button', { name: `Stem på «${theme}»` });
          await (tap ? button.tap() : button.click());
          await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
          await page.getByTestId('votes-left').filter({ hasText: left }).waitFor();
        };
        await vote(lise.page, WINNER, '1 stemme igjen', true);
        await vote(per.page, WINNER, '1 stemme igjen', false);
        await vote(per.page, RUNNER_UP, '0 stemmer igjen', false);
        await vote(ine.page, WINNER, '1 stemme igjen', false);
        await expectNoAxeViolations(lise.page);
        await lead.getByText('4 stemmer avgitt').waitFor();
        await lead.getByRole('button', { name: 'Vis resultatet' }).click();
        for (const page of screens) {
          const ranking = page.getByTestId('vote-results').getByRole('listitem');
          await ranking
            .first()
            .filter({ hasText: WINNER })
            .filter({ hasText: '3 stemmer' })
            .waitFor();
          await ranking
            .nth(1)
            .filter({ hasText: RUNNER_UP })
            .filter({ hasText: '1 stemme' })
            .waitFor();
        }
        await expectNoAxeViolations(lead);
        await expectNoAxeViolations(lise.page);
        await expectNoAxeViolations(ine.page);

        // An editor has the plan open while the facilitator brings the winner into it.
        const editor = await staffPerson(browser(), server(), {
          name: 'Redaktør Rune',
          color: '#a8327d',
          planId,
          role: 'editor',
        });
        people.push(editor);
        await openPlan(editor.page, server().url, planId);

        await openResults(lead, TITLE);
        expect(await voteRanking(lead)).toEqual([
          ['1', WINNER, '3'],
          ['2', RUNNER_UP, '1'],
        ]);
        await expectNoAxeViolations(lead);

        await lead
          .getByTestId('result-cluster')
          .getByRole('button', { name: `Bruk temaet «${WINNER}» i planen` })
          .click();
        const dialog = lead.getByRole('dialog', { name: 'Bruk i planen' });
        await dialog.getByRole('radio', { name: 'Ny strategi' }).check();
        await dialog.getByLabel('Under innsatsområde').selectOption({ label: AREA });
        await expect.poll(() => dialog.getByLabel('Tekst i strategien').inputValue()).toBe(WINNER);
        await expectNoAxeViolations(lead);
        await dialog.getByRole('button', { name: 'Legg inn i planen' }).click();
        await lead
          .getByTestId('promote-done')
          .getByText('Strategien er lagt inn i planen.')
          .waitFor();

        // Live in the editor's open plan: the strategy, under the chosen area, with its origin.
        const provenance = `Fra verkstedet «${TITLE}», 3 stemmer, 2 bidragsytere`;
        const arrived = editor.page.getByTestId('item-provenance').filter({ hasText: TITLE });
        await arrived.waitFor();
        expect(await arrived.innerText()).toBe(provenance);
        const strategy = editor.page.locator('li[data-strategy-id]').filter({ has: arrived });
        await expect.poll(() => strategy.getByRole('textbox').innerText()).toContain(WINNER);
        const areaOf = (origin: Locator) =>
          origin.evaluate(
            (element) =>
              element
                .closest('[data-focus-area-id]')
                ?.querySelector<HTMLTextAreaElement>('[data-role="title"]')?.value ?? null,
          );
        expect(await areaOf(arrived)).toBe('Frivillighet');
        await expectNoAxeViolations(editor.page);

        // And for the owner, through the link in the confirmation.
        await lead.getByRole('link', { name: 'Åpne planen' }).click();
        const origin = lead.getByTestId('item-provenance').filter({ hasText: TITLE });
        await origin.waitFor();
        expect(await origin.innerText()).toBe(provenance);
        expect(await areaOf(origin)).toBe('Frivillighet');
        await expectNoAxeViolations(lead);
      } finally {
        for (const person of people) await person.close();
      }
    },
  );
});
