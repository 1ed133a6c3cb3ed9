import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { png } from '../support/pngImage';
import { ownerSiri } from './accounts';
import { announcements, openPlan } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="60" viewBox="0 0 160 60">' +
    '<rect width="160" height="60" fill="#0b4f6c"/><circle cx="30" cy="30" r="20" fill="#fff"/></svg>',
);

/** Whether the browser drew the image: loaded, decoded, with a size of its own. */
function drawn(image: Locator): Promise<boolean> {
  return image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0);
}

describe("the municipality's name and logo", () => {
  it('the owner sets them on the public settings page; the public page shows the logo named by the municipality', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    try {
      const { page } = owner;
      await openPlan(page, server().url, planId);
      await page.getByRole('link', { name: 'Offentlig side' }).click();
      await page.getByRole('heading', { name: 'Kommunens navn og logo', level: 2 }).waitFor();
      const name = page.getByLabel('Kommunens navn', { exact: true });
      await expect.poll(() => name.inputValue()).toBe('Asker kommune');
      await page.getByText('Planen har ingen logo ennå.').waitFor();

      // The name: refused empty (said by its field), saved and announced.
      await name.fill('  ');
      await page.getByRole('button', { name: 'Lagre navnet' }).click();
      await page.getByText('Skriv kommunens navn.').waitFor();
      await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
      await name.fill('Asker');
      await page.getByRole('button', { name: 'Lagre navnet' }).click();
      await expect.poll(() => announcements(page)).toContain('Kommunens navn er lagret: Asker.');

      // A PNG too wide and an SVG with a script are refused by the server, said by the field.
      const logoField = page.getByLabel('Ny logo');
      await logoField.setInputFiles({ name: 'bred.png', mimeType: 'image/png', buffer: png(2100, 20) });
      await page.getByRole('button', { name: 'Lagre logoen' }).click();
      await page.getByText('Bildet er større enn 2000 × 2000 piksler.').waitFor();
      await logoField.setInputFiles({
        name: 'logo.svg',
        mimeType: 'image/svg+xml',
        buffer: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="alert(1)"/>',
        ),
      });
      await page.getByRole('button', { name: 'Lagre logoen' }).click();
      await page.getByText('SVG-filen inneholder noe annet enn en tegning').waitFor();
      await expect.poll(() => logoField.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => logoField.evaluate((el) => el === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page);

      await logoField.setInputFiles({ name: 'asker.svg', mimeType: 'image/svg+xml', buffer: LOGO });
      await page.getByRole('button', { name: 'Lagre logoen' }).click();
      await expect.poll(() => announcements(page)).toContain('Logoen er lastet opp.');
      const preview = page.getByRole('img', { name: 'Asker kommune' });
      await expect.poll(() => drawn(preview)).toBe(true);
      await expectNoAxeViolations(page);

      // The public page's header: the logo, drawn, named by the municipality.
      const slug = 'asker-medborgerskap';
      const saved = await owner.context.request.patch(`${server().url}/api/plans/${planId}/public`, {
        data: { enabled: true, slug },
        headers: { origin: server().url },
      });
      expect(saved.status()).toBe(200);
      await page.goto(`${server().url}/p/${slug}`);
      const headerLogo = page.getByRole('banner').getByRole('img', { name: 'Asker kommune' });
      await expect.poll(() => drawn(headerLogo)).toBe(true);
      await expectNoAxeViolations(page);

      // Removed again: announced, and the settings say there is none.
      await page.goto(`${server().url}/plans/${planId}/public`);
      await page.getByRole('button', { name: 'Fjern logoen' }).click();
      await expect.poll(() => announcements(page)).toContain('Logoen er fjernet.');
      await page.getByText('Planen har ingen logo ennå.').waitFor();
    } finally {
      await owner.close();
    }
  });
});
