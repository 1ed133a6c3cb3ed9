import { expect } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { createPlan } from '../../../server/plans/createPlan';
import { fillDemoPlan } from '../../../server/seed/demoPlan';
import type { TestServer } from '../../support/testServer';
import { staffPerson, type StaffPerson } from '../accounts';
import { openPlan } from '../planPage';

/** Shared steps for the deliberation browser test; not a test file. */

export const PANEL_NAME = 'Kommentarer og forslag';

export interface Cast {
  planId: string;
  owner: StaffPerson;
  /** Editor A: comments and suggests. */
  kari: StaffPerson;
  /** Editor B: mentioned, replies, watches the result. */
  ola: StaffPerson;
  /** Reads along. Her name also starts with "O", so picking Ola takes an arrow key. */
  oda: StaffPerson;
  closeAll(): Promise<void>;
}

/**
 * A fresh copy of the demo plan (so no other test's threads are in it) with its owner, two
 * editors and an observer, each in their own browser context with the plan open and saved.
 * Everyone is a member before any page opens: the mention list is fetched once per page.
 */
export async function deliberationCast(browser: Browser, server: TestServer): Promise<Cast> {
  const plan = await createPlan(server.medverk.storage.plans, {
    title: 'Temaplan for medborgerskap',
    municipality: 'Asker kommune',
    fill: fillDemoPlan,
  });
  const planId = plan.id;
  const people: StaffPerson[] = [];
  const closeAll = async () => {
    await Promise.all(people.map((person) => person.close()));
  };
  try {
    const add = async (name: string, color: string, role: 'owner' | 'editor' | 'observer') => {
      const person = await staffPerson(browser, server, { name, color, planId, role });
      people.push(person);
      return person;
    };
    const settled = await Promise.allSettled([
      add('Saksbehandler Siri', '#0b5cad', 'owner'),
      add('Kari', '#1e6b34', 'editor'),
      add('Ola', '#b3261e', 'editor'),
      add('Oda', '#6f3b9c', 'observer'),
    ]);
    const [owner, kari, ola, oda] = settled.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    }) as [StaffPerson, StaffPerson, StaffPerson, StaffPerson];
    await Promise.all(people.map((person) => openPlan(person.page, server.url, planId)));
    return { planId, owner, kari, ola, oda, closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The side panel (beside the document on a wide screen). */
export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: PANEL_NAME });
}

/** A thread or suggestion in the panel whose text contains `text`. */
export function panelItem(page: Page, text: string): Locator {
  return panel(page).locator('li[data-discussion-item]').filter({ hasText: text });
}

/** The header button that opens and closes the panel. */
export function discussionToggle(page: Page): Locator {
  return page.getByTestId('discussion-toggle');
}

/** What has focus, in words for a failure message; "body" when focus was lost. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name =
      element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${name}`;
  });
}

/** Focus is on something (not lost to <body>) once the page has settled after an action. */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect.poll(() => focusedElement(page)).not.toBe('body');
}

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Focus arrives on `target` (it may take a render or an animation frame). */
export async function expectFocusOn(target: Locator): Promise<void> {
  await expect.poll(() => isFocused(target)).toBe(true);
}

/**
 * Presses Tab (Shift+Tab when `backwards`) until `target` has focus, as a keyboard user gets
 * there; fails after `max` presses, naming where focus ended up.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 120, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return editorTakesFocus(page);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused(target)) return editorTakesFocus(page);
  throw new Error(
    `Tab did not reach the target in ${max} presses; focus is on ${await focusedElement(page)}`,
  );
}

/**
 * A rich-text field far from where the page was takes focus as its static text and mounts its
 * editor in its place a moment later (lazy editors, issue #16): the next keys are for the editor,
 * so wait until it holds the focus.
 */
async function editorTakesFocus(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const active = document.activeElement;
    return !active?.closest('[data-rich-text-field]') || active.classList.contains('ProseMirror');
  });
}

/** Presses a key `times` times. */
export async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * The text of a rich-text editor as the plan holds it: paragraphs joined by newlines, without
 * the drawn-in suggestions, the screen-reader labels and other people's carets.
 */
export function plainText(target: Locator): Promise<string> {
  return target.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(
        '.ds-sr-only, ins.suggestion, .collaboration-carets__caret, .ProseMirror-widget',
      )
      .forEach((node) => node.remove());
    return [...copy.querySelectorAll('p')]
      .map((paragraph) => paragraph.textContent ?? '')
      .join('\n');
  });
}

/** The messages shown in a thread, in order, as "Author: words" (without times and buttons). */
export function messageTexts(thread: Locator): Promise<string[]> {
  return thread.locator('li[data-message-id]').evaluateAll((items) =>
    items.map((item) => {
      const [meta, body] = item.querySelectorAll(':scope > p');
      const author = meta?.querySelector('span')?.textContent ?? '?';
      return `${author}: ${body?.textContent ?? ''}`;
    }),
  );
}

/** The threads and suggestions listed in a panel (or its dialog), as shown. */
export function itemTexts(container: Locator): Promise<string[]> {
  return container
    .locator('li[data-discussion-item]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText));
}
