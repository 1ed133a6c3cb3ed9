import type { Locator, Page } from 'playwright-core';

/** Shared steps for the plan pages; not a test file (vitest only picks up *.test.ts). */

export const DEMO_PLAN_TITLE = 'Temaplan for medborgerskap';

/** The visible save status; `data-state` carries the provider's state for precise waits. */
export function syncStatus(page: Page): Locator {
  return page.getByTestId('sync-status');
}

export async function waitForState(page: Page, state: string, timeout = 20_000): Promise<void> {
  await page.locator(`[data-testid="sync-status"][data-state="${state}"]`).waitFor({ timeout });
}

/** Opens a plan and waits until the server holds everything ("Lagret"). */
export async function openPlan(page: Page, baseUrl: string, planId: string): Promise<void> {
  await page.goto(`${baseUrl}/plans/${planId}`);
  await waitForState(page, 'saved');
}

/** The rich-text editor with this accessible name, e.g. "Tekst for strategi 1.1". */
export function editor(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name, exact: true });
}

/** Puts the caret at the end of an editor's text and types there. */
export async function typeAtEnd(page: Page, target: Locator, text: string): Promise<void> {
  await target.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Titles of the focus areas in document order. */
export function focusAreaTitles(page: Page): Promise<string[]> {
  return page
    .locator('[data-role="title"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLTextAreaElement).value));
}

/** What the polite live region is saying right now. */
export function announcements(page: Page): Promise<string> {
  return page.getByTestId('announcer').innerText();
}

/** How many updates this browser has stored for a document in IndexedDB (y-indexeddb). */
export function storedUpdateCount(page: Page, docName: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(new Error(`cannot open ${name}`));
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('updates', 'readonly').objectStore('updates').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(new Error('cannot count updates'));
        };
      }),
    docName,
  );
}
