import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from '../../support/browser';

/**
 * Steps for a room full of screens (issue #14's whole run): phones joining by code, the
 * facilitators sorting notes by keyboard and by mouse, and an axe scan of every screen at once.
 * Each step waits for its own result, so callers never sleep.
 */

/** The join code shown on a lead page, as the room reads it off the screen (e.g. "4K7Q-ZP2M"). */
export async function shownJoinCode(lead: Page): Promise<string> {
  const shown = lead.getByTestId('join-code').locator('span[aria-hidden="true"]');
  await shown.waitFor();
  return (await shown.innerText()).trim();
}

export interface CodeJoin {
  serverUrl: string;
  code: string;
  workshopId: string;
  workshopTitle: string;
  name: string;
}

/**
 * A phone types the code at /join (lower case, no dash, as people do), gives a name and lands
 * in the workshop, which has not started yet.
 */
export async function joinByCode(page: Page, join: CodeJoin): Promise<void> {
  await page.goto(`${join.serverUrl}/join`);
  const field = page.getByLabel('Kode', { exact: true });
  await field.tap();
  await page.keyboard.type(join.code.replace('-', '').toLowerCase());
  await page.keyboard.press('Enter');
  await page.waitForURL(`${join.serverUrl}/join/${join.code}`);
  await page.getByLabel('Navnet ditt').fill(join.name);
  await page.getByRole('button', { name: 'Bli med' }).tap();
  await page.waitForURL(`${join.serverUrl}/workshops/${join.workshopId}`);
  await page.getByRole('heading', { name: join.workshopTitle, level: 1 }).waitFor();
  await page.getByText('Verkstedet har ikke startet ennå.', { exact: false }).waitFor();
}

/**
 * Moves a revealed note into a theme with the keyboard only: arrow keys in its "Flytt til"
 * list, Tab to "Flytt", Enter. `board` is the board (or one group's section of it) the theme is in.
 */
export async function moveByKeyboard(
  page: Page,
  board: Locator,
  note: string,
  theme: string,
): Promise<void> {
  const select = board.getByRole('combobox', { name: `Flytt til ${note}` });
  await select.focus();
  const chosen = () =>
    select.evaluate(
      (element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
  for (let step = 0; step < 8 && (await chosen()) !== theme; step++)
    await page.keyboard.press('ArrowDown');
  expect(await chosen()).toBe(theme);
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toBe('Flytt');
  await page.keyboard.press('Enter');
  await board.getByTestId('cluster').filter({ hasText: theme }).getByText(note).waitFor();
}

/**
 * Drags a note onto a theme with the mouse (HTML drag and drop, as a pointer user does). Both
 * ends must be on screen: the window is made tall and the theme scrolled to its top, the note
 * being below it on the board.
 */
export async function dragNoteInto(
  page: Page,
  board: Locator,
  note: string,
  theme: string,
): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1280, height: 1600 });
  const target = board.getByTestId('cluster').filter({ hasText: theme });
  await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const from = await board.getByTestId('board-note').filter({ hasText: note }).boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error(`«${note}» and «${theme}» should both be on screen`);
  await page.mouse.move(from.x + 6, from.y + 6);
  await page.mouse.down();
  await page.mouse.move(to.x + 20, to.y + 20, { steps: 8 });
  await page.mouse.move(to.x + 24, to.y + 24, { steps: 2 });
  await page.mouse.up();
  await target.getByText(note).waitFor();
  if (viewport) await page.setViewportSize(viewport);
}

/**
 * Axe on several screens showing one state of the room (the lead page, the wall, a phone), all
 * scanned at once: they are separate pages, and a room has many states to check. Each screen is
 * named in the failure, so the diff says whose page broke.
 */
export async function expectRoomAccessible(
  state: string,
  screens: Record<string, Page>,
): Promise<void> {
  const found = await Promise.all(
    Object.entries(screens).map(async ([name, page]) => [name, await axeViolations(page)] as const),
  );
  for (const [name, violations] of found)
    expect(violations, `axe on ${name} (${state})`).toEqual([]);
}

/** Runs a step on every phone at once (they are separate people) and waits for all of them. */
export async function onEach<T>(
  items: readonly T[],
  step: (item: T) => Promise<void>,
): Promise<void> {
  await Promise.all(items.map(step));
}
