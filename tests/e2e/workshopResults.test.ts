import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkshopAck } from '../../shared/protocol';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { newVisitor } from '../support/browser';
import { createInvite, joinAsGuest } from '../support/people';
import { api, demoPlanId, loginCookie } from '../support/testServer';
import { waitFor } from '../support/waitFor';
import { WorkshopClient } from '../support/workshopClient';
import { PASSWORD, ownerSiri } from './accounts';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';
import { openResults, voteRanking } from './support/workshopSteps';

const { server, browser } = useBrowserSuite();
const clients: WorkshopClient[] = [];

// Registered after the suite's hooks, so it runs before them: sockets close before the server.
afterAll(() => {
  clients.forEach((client) => client.close());
});

function outcomeOf(ack: WorkshopAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}
async function idOf(ack: Promise<WorkshopAck>): Promise<string> {
  const outcome = outcomeOf(await ack);
  if (outcome.type === 'created') return outcome.id;
  if (outcome.type === 'noteAdded') return outcome.noteId;
  throw new Error(`no id in ${outcome.type}`);
}
async function joined(cookie: string, workshopId: string): Promise<WorkshopClient> {
  const client = await WorkshopClient.connect(server().url, cookie, `workshop:${workshopId}`);
  clients.push(client);
  expect((await client.join()).ok).toBe(true);
  await waitFor(() => client.view, 'the private view');
  return client;
}

const TITLE = 'Verksted om møteplasser';
const THEME = 'Møteplasser for eldre';
const LOSER = 'Parkering';

/**
 * A finished workshop run over sockets, as the lead page would run it: two people write notes,
 * the host groups them into two themes, everyone votes and the votes are revealed.
 */
async function finishedWorkshop(
  planId: string,
  ownerCookie: string,
): Promise<{ workshopId: string; guestCookie: string }> {
  const response = await api(server().url, ownerCookie)(`/api/plans/${planId}/workshops`, {
    method: 'POST',
    body: { title: TITLE, goal: 'Finne tiltak', anonymous: false, facilitatorSeesAuthors: false },
  });
  const workshopId = ((await response.json()) as WorkshopResponse).workshop.id;
  const host = await joined(ownerCookie, workshopId);
  const brainstorm = await idOf(
    host.command({
      type: 'addActivity',
      activity: {
        kind: 'brainstorm',
        prompt: 'Hva savner du?',
        timeboxMinutes: null,
        clusteringBy: 'facilitators',
      },
    }),
  );
  const vote = await idOf(
    host.command({
      type: 'addActivity',
      activity: {
        kind: 'vote',
        prompt: 'Hva er viktigst?',
        timeboxMinutes: null,
        sourceActivityId: brainstorm,
        voteOn: 'clusters',
        votesPerPerson: 2,
      },
    }),
  );
  const people: WorkshopClient[] = [];
  const cookies: string[] = [];
  for (const name of ['Kari', 'Ola']) {
    const { token } = await createInvite(server(), ownerCookie, planId, {
      role: 'participant',
      expiresInHours: 24,
      maxUses: 1,
    });
    cookies.push(await joinAsGuest(server(), token, name));
    people.push(await joined(cookies.at(-1)!, workshopId));
  }
  outcomeOf(await host.command({ type: 'start' }));
  outcomeOf(await host.command({ type: 'startActivity', activityId: brainstorm }));
  outcomeOf(await host.command({ type: 'revealNotes', activityId: brainstorm }));
  const notes = [
    await idOf(
      people[0]!.command({ type: 'addNote', activityId: brainstorm, text: 'Kafé på biblioteket' }),
    ),
    await idOf(
      people[1]!.command({
        type: 'addNote',
        activityId: brainstorm,
        text: 'Benker langs turstien',
      }),
    ),
    await idOf(
      people[1]!.command({
        type: 'addNote',
        activityId: brainstorm,
        text: 'Flere parkeringsplasser',
      }),
    ),
  ];
  const theme = await idOf(
    host.command({ type: 'createCluster', activityId: brainstorm, title: THEME }),
  );
  const loser = await idOf(
    host.command({ type: 'createCluster', activityId: brainstorm, title: LOSER }),
  );
  outcomeOf(await host.command({ type: 'moveNote', noteId: notes[0]!, clusterId: theme }));
  outcomeOf(await host.command({ type: 'moveNote', noteId: notes[1]!, clusterId: theme }));
  outcomeOf(await host.command({ type: 'moveNote', noteId: notes[2]!, clusterId: loser }));
  outcomeOf(await host.command({ type: 'startActivity', activityId: vote }));
  for (const person of people)
    outcomeOf(await person.command({ type: 'vote', activityId: vote, targetId: theme }));
  outcomeOf(await people[0]!.command({ type: 'vote', activityId: vote, targetId: loser }));
  outcomeOf(await host.command({ type: 'revealVotes', activityId: vote }));
  return { workshopId, guestCookie: cookies[0]! };
}

describe('a workshop’s results in the browser', () => {
  it('shows ranked votes, downloads the CSV and turns a theme into a strategy with provenance', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    try {
      const { workshopId, guestCookie } = await finishedWorkshop(
        planId,
        await loginCookie(server().url, owner.email, PASSWORD),
      );
      const page = owner.page;
      await page.goto(`${server().url}/plans/${planId}/workshops`);
      await openResults(page, TITLE);

      // Ranked: the theme with two votes first, with its number in the table.
      expect(await voteRanking(page)).toEqual([
        ['1', THEME, '2'],
        ['2', LOSER, '1'],
      ]);
      await expectNoAxeViolations(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Lapper som regneark (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const file = await readFile(await download.path());
      expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.toString('utf8')).toContain('Kafé på biblioteket');

      // "Use in the plan" on the theme, as a strategy under the first focus area.
      await page
        .getByTestId('result-cluster')
        .getByRole('button', { name: `Bruk temaet «${THEME}» i planen` })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Bruk i planen' });
      await dialog.getByLabel('Under innsatsområde').waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('radio', { name: 'Ny strategi' }).check();
      await expect.poll(() => dialog.getByLabel('Tekst i strategien').inputValue()).toBe(THEME);
      await dialog.getByRole('button', { name: 'Legg inn i planen' }).click();
      await page
        .getByTestId('promote-done')
        .getByText('Strategien er lagt inn i planen.')
        .waitFor();

      await page.getByRole('link', { name: 'Åpne planen' }).click();
      const origin = page.getByTestId('item-provenance').filter({ hasText: TITLE });
      await origin.waitFor();
      expect(await origin.innerText()).toBe(`Fra verkstedet «${TITLE}», 2 stemmer, 2 bidragsytere`);
      // The link leads to the new item: its origin line is where focus lands.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('item-origin');
      const strategy = page.locator('li[data-strategy-id]').filter({ has: origin });
      await expect.poll(() => strategy.getByRole('textbox').innerText()).toContain(THEME);
      await expectNoAxeViolations(page);

      // A participant sees the same revealed results, without downloads or "use in the plan".
      const guest = await newVisitor(browser());
      try {
        const [name, value] = guestCookie.split('=') as [string, string];
        await guest.context.addCookies([{ name, value, url: server().url }]);
        const phone = guest.page;
        await phone.goto(`${server().url}/workshops/${workshopId}/results`);
        await phone.getByTestId('vote-ranking').getByText(THEME).waitFor();
        expect(await phone.getByRole('button', { name: 'Bruk i planen' }).count()).toBe(0);
        expect(await phone.getByRole('link', { name: 'Lapper som regneark (CSV)' }).count()).toBe(
          0,
        );
        await expectNoAxeViolations(phone);
      } finally {
        await guest.close();
      }
    } finally {
      await owner.close();
    }
  });
});
