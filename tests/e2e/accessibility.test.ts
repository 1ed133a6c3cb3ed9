import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/testServer';
import { axeViolations, launchBrowser, newPerson, newVisitor } from '../support/browser';
import { demoPlanId, editor, openPlan, waitForState } from './planPage';

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

function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') ?? element?.textContent ?? null;
  });
}

describe('accessibility (axe: WCAG 2.1 A and AA)', () => {
  it('has no violations on the plan list, in any language', async () => {
    const kari = await newPerson(browser, { name: 'Kari', color: '#0b5cad' });
    try {
      await kari.page.goto(server.url);
      await kari.page.getByRole('link', { name: 'Temaplan for medborgerskap' }).waitFor();
      await expectNoViolations(kari.page);
      await kari.page.getByLabel('Språk').selectOption('en');
      await kari.page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
      await expectNoViolations(kari.page);
    } finally {
      await kari.close();
    }
  });

  it('asks a first-time visitor who they are, accessibly, before the editor', async () => {
    const planId = await demoPlanId(server.url);
    const visitor = await newVisitor(browser);
    try {
      const { page } = visitor;
      await page.goto(`${server.url}/plans/${planId}`);
      await page.getByRole('heading', { name: 'Hvem er du?', level: 1 }).waitFor();
      await expectNoViolations(page);

      // Submitting without a name says what is missing, next to the field.
      await page.getByRole('button', { name: 'Fortsett' }).click();
      await page.getByText('Skriv inn navnet ditt.').waitFor();
      await expectNoViolations(page);

      await page.getByLabel('Navn', { exact: true }).fill('Aisha');
      await page.getByRole('radio', { name: 'Grønn', exact: true }).check();
      await page.getByRole('button', { name: 'Fortsett' }).click();
      await waitForState(page, 'saved');
      await page.getByTestId('presence').filter({ hasText: 'Aisha (deg)' }).waitFor();

      // Changing the name later, from the header, in a modal dialog.
      await page.getByRole('button', { name: 'Endre navn og farge' }).click();
      const dialog = page.getByRole('dialog', { name: 'Navn og farge' });
      await dialog.waitFor();
      await expectNoViolations(page);
      await dialog.getByLabel('Navn', { exact: true }).fill('Aisha K.');
      await dialog.getByRole('button', { name: 'Lagre' }).click();
      await page.getByTestId('presence').filter({ hasText: 'Aisha K. (deg)' }).waitFor();
      // Closing the dialog returns focus to the button that opened it.
      await expect.poll(() => focusedLabel(page)).toBe('Endre navn og farge');
    } finally {
      await visitor.close();
    }
  });

  it('has no violations in the editor with two people, carets and the undo message', async () => {
    const planId = await demoPlanId(server.url);
    const kari = await newPerson(browser, { name: 'Kari', color: '#0b5cad' });
    const ola = await newPerson(browser, { name: 'Ola', color: '#b3261e' });
    try {
      await openPlan(kari.page, server.url, planId);
      await openPlan(ola.page, server.url, planId);
      await editor(kari.page, 'Tekst for strategi 1.2').click();
      await ola.page
        .locator('.collaboration-carets__label', { hasText: 'Kari' })
        .waitFor({ timeout: 10_000 });
      await ola.page
        .getByRole('list', { name: /^Til stede i/ })
        .filter({ hasText: 'Kari' })
        .waitFor();
      await expectNoViolations(ola.page);

      await ola.page.getByRole('button', { name: 'Slett strategi 2.1' }).click();
      await ola.page.getByRole('button', { name: 'Angre' }).waitFor();
      await expectNoViolations(ola.page);
      await ola.page.getByRole('button', { name: 'Angre' }).click();
      await editor(ola.page, 'Tekst for strategi 2.1').waitFor();
    } finally {
      await kari.close();
      await ola.close();
    }
  });

  it('lets keyboard users skip to the content and Tab out of a rich-text editor', async () => {
    const planId = await demoPlanId(server.url);
    const kari = await newPerson(browser, { name: 'Kari', color: '#0b5cad' });
    try {
      const { page } = kari;
      await openPlan(page, server.url, planId);

      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBe('Hopp til hovedinnhold');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      await editor(page, 'Tekst for strategi 1.2').focus();
      await page.keyboard.press('Tab');
      // Tab leaves the editor (no keyboard trap) for the strategy's own buttons.
      await expect.poll(() => focusedLabel(page)).toBe('Flytt strategi 1.2 opp');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedLabel(page)).toBe('Tekst for strategi 1.2');
    } finally {
      await kari.close();
    }
  });

  it('has no violations on a plan that does not exist', async () => {
    const kari = await newPerson(browser, { name: 'Kari', color: '#0b5cad' });
    try {
      await kari.page.goto(`${server.url}/plans/finnes-ikke`);
      await kari.page.getByRole('heading', { name: 'Fant ikke planen', level: 1 }).waitFor();
      await expectNoViolations(kari.page);
    } finally {
      await kari.close();
    }
  });
});
