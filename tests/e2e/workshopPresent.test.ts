import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { getActivity } from '../../shared/workshop/activities';
import { listNotes, readMeta, readTimer } from '../../shared/workshop';
import { demoPlanId } from '../support/testServer';
import { newVisitor, type Person } from '../support/browser';
import { waitFor } from '../support/waitFor';
import { WorkshopClient } from '../support/workshopClient';
import { idIn, outcomeOf } from '../support/workshopSetup';
import { staffPerson } from './accounts';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { addNote } from './support/workshopSteps';

/**
 * Issue #14's projector view: opened from the lead page in a window of its own, it shows the
 * workshop's join code, its QR code and how many have joined; then follows the facilitator to
 * the current activity (timer, notes once revealed, votes counted and then ranked once revealed)
 * and says thank you at the end. Readable (axe) and without sideways scrolling on the usual
 * projector widths, in every state.
 */

const { server, browser } = useBrowserSuite();

const TITLE = 'Møteplasser i sentrum';
const PROMPT = 'Hva savner du i sentrum?';
const NOTE_A = 'Benker i skyggen';
const NOTE_B = 'Et sted å lade telefonen';
const VOTE = 'Hva er viktigst?';

/** The page fits the screen's width at 1280 and 1920 px: no horizontal scrolling on a wall. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: width === 1280 ? 720 : 1080 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
}

/** Axe and width checks for one state of the wall. */
async function checkState(page: Page): Promise<void> {
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
}

/** Every cookie of a browser context as one Cookie header (a guest's session and device). */
async function cookiesOf(person: Person): Promise<string> {
  const cookies = await person.context.cookies();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

async function sessionCookie(person: Person): Promise<string> {
  const cookies = await person.context.cookies();
  const session = cookies.find((cookie) => cookie.name === 'medverk_session');
  if (!session) throw new Error('no session cookie');
  return `medverk_session=${session.value}`;
}

describe('the projector view', () => {
  it(
    'shows the code while people join, follows the facilitator and ends with thanks',
    { timeout: 180_000 },
    async () => {
      const planId = await demoPlanId(server());
      const facilitator = await staffPerson(browser(), server(), {
        name: 'Fasilitator Frida',
        color: '#0b5cad',
        planId,
        role: 'facilitator',
      });
      const people: Person[] = [facilitator];
      let host: WorkshopClient | null = null;
      const voters: WorkshopClient[] = [];
      try {
        const made = await facilitator.context.request.post(
          `${server().url}/api/plans/${planId}/workshops`,
          {
            data: { title: TITLE, anonymous: true, facilitatorSeesAuthors: false },
            headers: { origin: server().url },
          },
        );
        expect(made.status()).toBe(201);
        const workshop = ((await made.json()) as WorkshopResponse).workshop;

        // The facilitator makes the code on the lead page and opens the wall from there.
        const lead = facilitator.page;
        await lead.goto(`${server().url}/workshops/${workshop.id}/lead`);
        await lead.getByRole('button', { name: 'Lag kode' }).click();
        const shownOnLead = lead.getByTestId('join-code').locator('span[aria-hidden="true"]');
        await shownOnLead.waitFor();
        const code = (await shownOnLead.innerText()).trim();
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        const [wall] = await Promise.all([
          facilitator.context.waitForEvent('page'),
          lead.getByRole('link', { name: /Åpne storskjermvisningen/ }).click(),
        ]);
        await wall.waitForURL(`${server().url}/workshops/${workshop.id}/present`);
        await wall.setViewportSize({ width: 1280, height: 720 });

        // Joining: the same code, large, with a named QR image, the address and nobody yet.
        const wallCode = wall.getByTestId('present-code').locator('span[aria-hidden="true"]');
        await expect.poll(() => wallCode.innerText()).toBe(code);
        await wall
          .getByRole('img', { name: `QR-kode som leder til verkstedet, kode ${code}` })
          .waitFor();
        const host_ = new URL(server().url).host;
        await wall.getByRole('heading', { name: `Gå til ${host_}/join og skriv koden` }).waitFor();
        const joined = wall.getByTestId('present-joined');
        expect(await joined.innerText()).toBe('0 deltakere er med');
        expect(await wall.getByRole('banner').count()).toBe(0);
        await checkState(wall);

        // Two phones join with the code; the wall counts them.
        for (const name of ['Lise', 'Per']) {
          const phone = await newVisitor(browser(), { phone: true });
          people.push(phone);
          await phone.page.goto(`${server().url}/join/${code}`);
          await phone.page.getByLabel('Navnet ditt').fill(name);
          await phone.page.getByRole('button', { name: 'Bli med' }).click();
          await phone.page.waitForURL(`${server().url}/workshops/${workshop.id}`);
        }
        await expect.poll(() => joined.innerText(), { timeout: 15_000 }).toBe('2 deltakere er med');
        const [lise, per] = [people[1]!.page, people[2]!.page];

        // A participant may not open the wall.
        await lise.goto(`${server().url}/workshops/${workshop.id}/present`);
        await lise.getByRole('heading', { name: 'Du har ikke tilgang' }).waitFor();
        await lise.goto(`${server().url}/workshops/${workshop.id}`);

        // The facilitator starts a timed brainstorm (over the socket, as the lead page does).
        host = await WorkshopClient.connect(
          server().url,
          await sessionCookie(facilitator),
          workshop.doc,
        );
        expect((await host.join()).ok).toBe(true);
        await waitFor(() => host!.view, 'the host’s private view');
        const brainstorm = idIn(
          await host.command({
            type: 'addActivity',
            activity: {
              kind: 'brainstorm',
              prompt: PROMPT,
              timeboxMinutes: 5,
              clusteringBy: 'facilitators',
            },
          }),
        );
        outcomeOf(await host.command({ type: 'start' }));
        // One click may already have started the first activity; otherwise start it now.
        if (getActivity(host.doc, brainstorm)?.state !== 'active')
          await host.command({ type: 'startActivity', activityId: brainstorm, startTimer: true });
        await waitFor(
          () =>
            readMeta(host!.doc).currentActivityId === brainstorm &&
            getActivity(host!.doc, brainstorm)?.state === 'active',
          'the brainstorm to run',
        );

        // The wall follows: kind, prompt, the timer, and says so once, politely.
        await wall.getByRole('heading', { name: PROMPT, level: 2 }).waitFor();
        await wall.getByTestId('present-activity').getByText('Idémyldring').waitFor();
        await expect
          .poll(() => wall.getByTestId('announcer').innerText())
          .toContain(`Nå: Idémyldring – ${PROMPT}`);
        // startTimer (or a one-click start) ran the timebox; if neither did, start it by hand.
        if (readTimer(host.doc).type === 'idle')
          outcomeOf(await host.command({ type: 'timerStart', minutes: 5 }));
        await wall.getByRole('timer').waitFor();
        expect(await wall.getByTestId('present-join').count()).toBe(0);

        // Notes written on the phones stay off the wall until the reveal; only their number shows.
        await lise.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
        await addNote(lise, NOTE_A);
        await addNote(per, NOTE_B);
        await wall.getByText('2 lapper er skrevet').waitFor();
        expect(await wall.getByText(NOTE_A).count()).toBe(0);
        await checkState(wall);

        outcomeOf(await host.command({ type: 'revealNotes', activityId: brainstorm }));
        const notes = wall.getByTestId('present-notes');
        await notes.getByText(NOTE_A).waitFor();
        await notes.getByText(NOTE_B).waitFor();
        // Anonymous: no names on the wall, not even the participants'.
        expect(await wall.getByText('Lise').count()).toBe(0);
        await checkState(wall);

        // A vote on the notes: the wall counts the votes, and ranks them only once revealed.
        const vote = idIn(
          await host.command({
            type: 'addActivity',
            activity: {
              kind: 'vote',
              prompt: VOTE,
              timeboxMinutes: null,
              sourceActivityId: brainstorm,
              voteOn: 'notes',
              votesPerPerson: 1,
            },
          }),
        );
        outcomeOf(await host.command({ type: 'startActivity', activityId: vote }));
        await wall.getByRole('heading', { name: VOTE, level: 2 }).waitFor();
        const noteIds = new Map(listNotes(host.doc).map((note) => [note.text, note.id]));
        for (const [phone, text] of [
          [people[1]!, NOTE_A],
          [people[2]!, NOTE_A],
        ] as const) {
          const voter = await WorkshopClient.connect(
            server().url,
            await cookiesOf(phone),
            workshop.doc,
          );
          voters.push(voter);
          expect((await voter.join()).ok).toBe(true);
          outcomeOf(
            await voter.command({ type: 'vote', activityId: vote, targetId: noteIds.get(text) }),
          );
        }
        await wall.getByText('2 stemmer er avgitt').waitFor();
        expect(await wall.getByTestId('present-vote-results').count()).toBe(0);
        outcomeOf(await host.command({ type: 'revealVotes', activityId: vote }));
        const ranking = wall.getByTestId('present-vote-results').getByRole('listitem');
        const ranked = async () =>
          (await ranking.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
        await expect.poll(ranked).toEqual([`1. ${NOTE_A} 2 stemmer`, `2. ${NOTE_B} 0 stemmer`]);
        await checkState(wall);

        // A lost connection shows, quietly, and the wall comes back by itself.
        await facilitator.context.setOffline(true);
        const reconnecting = wall.getByTestId('present-reconnecting');
        await reconnecting.waitFor();
        expect(await reconnecting.innerText()).toBe('Kobler til igjen …');
        await checkState(wall);
        await facilitator.context.setOffline(false);
        await reconnecting.waitFor({ state: 'detached', timeout: 30_000 });

        // The end: a thank-you screen, announced.
        outcomeOf(await host.command({ type: 'end' }));
        await wall.getByRole('heading', { name: 'Takk for at du var med!', level: 2 }).waitFor();
        await expect
          .poll(() => wall.getByTestId('announcer').innerText())
          .toContain('Takk for at du var med!');
        expect(await wall.getByRole('timer').count()).toBe(0);
        await checkState(wall);
      } finally {
        host?.close();
        for (const voter of voters) voter.close();
        for (const person of people) await person.close();
      }
    },
  );
});
