import type { Page } from 'playwright-core';

/** The workshop steps several browser tests take through the UI; each waits for its own result. */

/**
 * On the plan's workshops page: creates a workshop with this title and opens its lead page.
 * Why a helper: every facilitator test starts this way.
 */
export async function createWorkshop(lead: Page, title: string): Promise<void> {
  await lead.getByLabel('Tittel på verkstedet').fill(title);
  await lead.getByRole('button', { name: 'Opprett verksted' }).click();
  await lead.getByRole('link', { name: `Led «${title}»` }).click();
  await lead.getByRole('heading', { name: `Led «${title}»`, level: 1 }).waitFor();
}

export interface ActivitySettings {
  /** The time box in minutes; left empty when omitted. */
  minutes?: string;
  /** For a vote: what is voted on, by its label (e.g. "Temaene"). */
  voteOn?: string;
  /** For a vote: votes per person. */
  votes?: string;
}

/** On the lead page: adds an activity of this kind (by its label) and waits for it in the agenda. */
export async function addActivity(
  lead: Page,
  kind: string,
  prompt: string,
  settings: ActivitySettings = {},
): Promise<void> {
  await lead.getByLabel('Type').selectOption({ label: kind });
  await lead.getByLabel('Spørsmål eller oppgave').fill(prompt);
  if (settings.minutes) await lead.getByLabel('Tid i minutter (valgfritt)').fill(settings.minutes);
  if (settings.voteOn)
    await lead.getByLabel('Hva stemmes det på').selectOption({ label: settings.voteOn });
  if (settings.votes) await lead.getByLabel('Stemmer per person').fill(settings.votes);
  await lead.getByRole('button', { name: 'Legg til aktivitet', exact: true }).click();
  await lead.getByTestId('agenda').getByText(prompt).waitFor();
}

export interface InviteJoin {
  serverUrl: string;
  planId: string;
  /** A participant link to the plan (see participantInviteUrl). */
  inviteUrl: string;
  name: string;
  /** The workshop to open from the plan's workshops page. */
  workshopTitle: string;
}

/**
 * A guest joins the plan by a participant link, lands on its workshops page and opens the
 * workshop, which has not started yet. Why a helper: the way into a workshop before join codes.
 */
export async function joinByInvite(page: Page, join: InviteJoin): Promise<void> {
  await page.goto(join.inviteUrl);
  await page.getByLabel('Navnet ditt').fill(join.name);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await page.waitForURL(`${join.serverUrl}/plans/${join.planId}/workshops`);
  await page.getByRole('link', { name: `Delta i «${join.workshopTitle}»` }).click();
  await page.getByText('Verkstedet har ikke startet ennå.', { exact: false }).waitFor();
}

/** Follows the link to a workshop's results page (from its lead or the workshops page). */
export async function openResults(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: `Resultater fra «${title}»` }).click();
  await page.getByRole('heading', { name: `Resultater: ${title}`, level: 1 }).waitFor();
}

/** On the results page: the vote ranking as rows of [place, what, votes], once it is shown. */
export async function voteRanking(page: Page): Promise<string[][]> {
  const table = page.getByTestId('vote-ranking');
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td, th')]
          .slice(0, 3)
          .map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

/** In a running brainstorm: writes a note and waits until it is among the person's own notes. */
export async function addNote(page: Page, text: string): Promise<void> {
  await page.getByLabel('Ny lapp').fill(text);
  await page.getByRole('button', { name: 'Legg til lapp' }).click();
  await page.getByTestId('my-notes').getByText(text).waitFor();
}
