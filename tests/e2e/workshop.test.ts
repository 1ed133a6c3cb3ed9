import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoPlanId, startTestServer, type TestServer } from '../support/testServer';
import { axeViolations, launchBrowser, type Person } from '../support/browser';
import { staffPerson } from './accounts';
import { announcements } from './planPage';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

async function expectNoViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Someone new on a phone (390×844), without session, colour or language. */
async function phoneVisitor(): Promise<Person> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    reducedMotion: 'reduce',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  return { context, page, close: () => context.close() };
}

async function addActivity(page: Page, kind: string, prompt: string, minutes: string) {
  await page.getByLabel('Type').selectOption({ label: kind });
  await page.getByLabel('Spørsmål eller oppgave').fill(prompt);
  await page.getByLabel('Tid i minutter (valgfritt)').fill(minutes);
  await page.getByRole('button', { name: 'Legg til aktivitet' }).click();
  await page.getByTestId('agenda').getByText(prompt).waitFor();
}

const TITLE = 'Fokusgruppe om frivillighet';
const BRAINSTORM = 'Hva trengs i nærmiljøet?';
const VOTE = 'Hva er viktigst?';
const NOTE = 'Flere møteplasser for eldre';

describe('a workshop run in the browser', () => {
  it('lets the owner run a brainstorm and a vote that a participant on a phone takes part in', async () => {
    const planId = await demoPlanId(server);
    const owner = await staffPerson(browser, server, {
      name: 'Saksbehandler Siri',
      color: '#0b5cad',
      planId,
      role: 'owner',
    });
    const participant = await phoneVisitor();
    try {
      const lead = owner.page;
      await lead.goto(`${server.url}/plans/${planId}/workshops`);
      await lead.getByRole('heading', { name: 'Verksteder', level: 1 }).waitFor();
      await lead.getByLabel('Tittel på verkstedet').fill(TITLE);
      await lead.getByRole('button', { name: 'Opprett verksted' }).click();
      await lead.getByRole('link', { name: `Led «${TITLE}»` }).click();
      await lead.getByRole('heading', { name: `Led «${TITLE}»`, level: 1 }).waitFor();
      await addActivity(lead, 'Idémyldring', BRAINSTORM, '5');
      await addActivity(lead, 'Avstemning', VOTE, '3');
      await expectNoViolations(lead);

      // A participant link, made through the People API as the owner would on that page.
      const created = await owner.context.request.post(
        `${server.url}/api/plans/${planId}/invites`,
        {
          data: { role: 'participant', expiresInHours: 24, maxUses: null, label: 'Fokusgruppe' },
          headers: { origin: server.url },
        },
      );
      expect(created.status()).toBe(201);
      const { url } = (await created.json()) as { url: string };

      const phone = participant.page;
      await phone.goto(url);
      await phone.getByLabel('Navnet ditt').fill('Lise');
      await phone.getByRole('button', { name: 'Bli med' }).click();
      await phone.waitForURL(`${server.url}/plans/${planId}/workshops`);
      await phone.getByRole('link', { name: `Delta i «${TITLE}»` }).click();
      await phone.getByText('Verkstedet har ikke startet ennå.', { exact: false }).waitFor();
      await expectNoViolations(phone);

      await lead.getByRole('button', { name: 'Start verkstedet' }).click();
      await lead.getByRole('button', { name: `Start «${BRAINSTORM}»` }).click();
      await lead.getByTestId('countdown').waitFor();

      await phone.getByTestId('prompt').filter({ hasText: BRAINSTORM }).waitFor();
      await phone.getByRole('timer').waitFor();
      await phone.getByLabel('Ny lapp').fill(NOTE);
      await phone.getByRole('button', { name: 'Legg til lapp' }).click();
      await phone.getByTestId('my-notes').getByText(NOTE).waitFor();
      await expectNoViolations(phone);

      await lead.getByText('1 lapp skrevet').waitFor();
      await lead.getByRole('button', { name: 'Vis lappene' }).click();
      await lead.getByTestId('revealed-notes').getByText(NOTE).waitFor();
      await phone.getByTestId('revealed-notes').getByText(NOTE).waitFor();
      await expect.poll(() => announcements(phone)).toContain('1 lapp vist');
      await expectNoViolations(phone);
      await expectNoViolations(lead);

      await lead.getByRole('button', { name: `Start «${VOTE}»` }).click();
      await phone.getByTestId('prompt').filter({ hasText: VOTE }).waitFor();
      await phone.getByTestId('votes-left').filter({ hasText: '3 stemmer igjen' }).waitFor();
      const vote = phone.getByRole('button', { name: `Stem på «${NOTE}»` });
      await vote.click();
      await phone.getByTestId('votes-left').filter({ hasText: '2 stemmer igjen' }).waitFor();
      await expect.poll(() => vote.getAttribute('aria-pressed')).toBe('true');
      await expectNoViolations(phone);

      await lead.getByText('1 stemme avgitt').waitFor();
      await lead.getByRole('button', { name: 'Vis resultatet' }).click();
      const result = lead
        .getByTestId('vote-results')
        .getByRole('listitem')
        .filter({ hasText: NOTE });
      await result.filter({ hasText: '1 stemme' }).waitFor();
      await phone.getByTestId('vote-results').getByText('1 stemme').waitFor();
      await expectNoViolations(lead);
      await expectNoViolations(phone);
    } finally {
      await owner.close();
      await participant.close();
    }
  });
});
