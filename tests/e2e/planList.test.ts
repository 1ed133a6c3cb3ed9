import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { staffPerson } from './accounts';
import { waitForState } from './planPage';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

describe('plan list', () => {
  it('creates a plan, opens it, and exports it as Markdown', async () => {
    const planId = await demoPlanId(server());
    const kari = await staffPerson(browser(), server(), { name: 'Kari', color: '#0b5cad', planId });
    try {
      const { page } = kari;
      await page.goto(server().url);
      await page.getByRole('link', { name: 'Temaplan for medborgerskap' }).waitFor();
      // Each plan says what this person is in it.
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Temaplan for medborgerskap' })
        .filter({ hasText: 'Din rolle: Redaktør' })
        .waitFor();
      // The list shows when each plan last changed, as a date in the reader's language.
      await page
        .getByText(/^Sist endret \d{1,2}\. \w+\.? \d{4}/)
        .first()
        .waitFor();

      // An empty title is refused with a message tied to the field.
      await page.getByRole('button', { name: 'Opprett plan' }).click();
      await page.getByText('Skriv inn en tittel.').waitFor();
      const title = page.getByRole('textbox', { name: 'Tittel på planen' });
      expect(await title.getAttribute('aria-invalid')).toBe('true');

      await title.fill('Temaplan for idrett');
      await page.getByRole('button', { name: 'Opprett plan' }).click();
      await page.waitForURL(/\/plans\/[A-Za-z0-9_-]+$/);
      await waitForState(page, 'saved');
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Tittel på planen' }).inputValue())
        .toBe('Temaplan for idrett');
      await page.getByText('Planen har ingen innsatsområder ennå.').waitFor();
      expect(await page.title()).toBe('Temaplan for idrett – Medverk');

      await page.getByRole('button', { name: 'Legg til innsatsområde' }).click();
      await page.keyboard.type('Anlegg for alle');
      await waitForState(page, 'saved');

      const href = await page
        .getByRole('link', { name: 'Last ned som Markdown' })
        .getAttribute('href');
      const response = await page.request.get(`${server().url}${href ?? ''}`);
      expect(response.status()).toBe(200);
      const markdown = await response.text();
      expect(markdown).toContain('Temaplan for idrett');
      expect(markdown).toContain('Anlegg for alle');

      await page.getByRole('link', { name: 'Planer', exact: true }).click();
      await page.getByRole('link', { name: 'Temaplan for idrett' }).waitFor();
      // Whoever creates a plan owns it.
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Temaplan for idrett' })
        .filter({ hasText: 'Din rolle: Eier' })
        .waitFor();
    } finally {
      await kari.close();
    }
  });
});
