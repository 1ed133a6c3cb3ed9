import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { staffPerson } from './accounts';
import { openPlan } from './planPage';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

function h1(page: Page): Promise<string> {
  return page.getByRole('heading', { level: 1 }).innerText();
}

function htmlLang(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('lang'));
}

describe('language', () => {
  it('switches nb → en → nn, updates <html lang> and remembers the choice', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', planId });
    try {
      const { page } = kari;
      await page.goto(server().url);
      await expect.poll(() => h1(page)).toBe('Planer');
      expect(await htmlLang(page)).toBe('nb');
      await page.getByRole('button', { name: 'Opprett plan' }).waitFor();

      await page.getByLabel('Språk').selectOption('en');
      await expect.poll(() => h1(page)).toBe('Plans');
      expect(await htmlLang(page)).toBe('en');
      await page.getByRole('button', { name: 'Create plan' }).waitFor();
      await page.getByRole('link', { name: 'Skip to main content' }).waitFor({ state: 'attached' });

      await page.getByLabel('Language').selectOption('nn');
      await expect.poll(() => h1(page)).toBe('Planar');
      expect(await htmlLang(page)).toBe('nn');
      await page.getByText('Sist endra', { exact: false }).first().waitFor();

      await page.reload();
      await expect.poll(() => h1(page)).toBe('Planar');
      expect(await htmlLang(page)).toBe('nn');
    } finally {
      await kari.close();
    }
  });

  it('shows the editor in the chosen language, with the domain words', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), {
      name: 'Kari',
      color: '#0b5cad',
      locale: 'nn',
      planId,
    });
    try {
      const { page } = kari;
      await openPlan(page, server().url, planId);
      await page.getByRole('heading', { name: 'Føremål', level: 2 }).waitFor();
      await page.getByRole('textbox', { name: 'Tekst for strategi 1.1' }).waitFor();
      await page.getByTestId('sync-status').filter({ hasText: 'Lagra' }).waitFor();

      await page.getByLabel('Språk').selectOption('en');
      await page.getByRole('heading', { name: 'Purpose', level: 2 }).waitFor();
      await page.getByRole('heading', { name: 'Focus areas', level: 2 }).waitFor();
      await page.getByRole('textbox', { name: 'Text for strategy 1.1' }).waitFor();
      await page.getByTestId('sync-status').filter({ hasText: 'Saved' }).waitFor();
      await page.getByRole('button', { name: 'Move “Frivillighet” up' }).waitFor();
    } finally {
      await kari.close();
    }
  });
});
