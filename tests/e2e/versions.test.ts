import { describe, expect, it } from 'vitest';
import { demoPlanId } from '../support/testServer';
import { ownerSiri, staffPerson } from './accounts';
import { announcements, editor, openPlan, typeAtEnd, waitForState } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const VERSION = 'Til førstegangsbehandling 3. september';
const ADDED = 'med nye ord fra Per';

describe('versions: freeze, compare, restore, export', () => {
  it('freezes a version, shows the editor’s later words as added, and restores the version live', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    const writer = await staffPerson(browser(), server(), {
      name: 'Redaktør Per',
      color: '#b3261e',
      planId,
      role: 'editor',
    });
    try {
      const page = owner.page;
      await openPlan(page, server().url, planId);
      const original = await editor(page, 'Tekst for strategi 1.1').innerText();

      // The owner plans a date in the timeline and freezes the draft for the first reading.
      await page.getByRole('link', { name: 'Versjoner' }).click();
      await page.getByRole('heading', { name: 'Versjoner', level: 1 }).waitFor();
      await page.getByLabel('Dato for Høring').fill('2025-10-01');
      await page.getByRole('button', { name: 'Lagre datoene' }).click();
      // Seen and heard by the button, and the focus stays on it.
      await page.locator('[aria-live="polite"] .ds-alert', { hasText: 'Datoene er lagret.' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lagre datoene');
      await page.getByLabel('Navn på versjonen').fill(VERSION);
      await page.getByLabel('Trinn').selectOption({ label: 'Førstegangsbehandling' });
      await page.getByRole('button', { name: 'Frys versjon' }).click();
      await page.getByRole('heading', { name: VERSION, level: 3 }).waitFor();
      await expect.poll(() => announcements(page)).toContain(`Versjonen «${VERSION}» er frosset.`);
      await expect
        .poll(() => page.getByTestId('version-list').innerText())
        .toContain('av Saksbehandler Siri');
      await expectNoAxeViolations(page);

      // The editor keeps writing in the live draft.
      await openPlan(writer.page, server().url, planId);
      const writersStrategy = editor(writer.page, 'Tekst for strategi 1.1');
      await typeAtEnd(writer.page, writersStrategy, ` ${ADDED}`);
      await waitForState(writer.page, 'saved');

      // The frozen version is read-only and does not have the new words.
      await page.getByRole('link', { name: `Vis «${VERSION}»` }).click();
      await page.getByRole('heading', { name: 'Strategi 1.1', level: 4 }).waitFor();
      await page.getByRole('heading', { name: /^1 /, level: 3 }).first().waitFor();
      expect(await page.getByRole('main').innerText()).not.toContain(ADDED);
      expect(await page.getByRole('textbox').count()).toBe(0);
      await expectNoAxeViolations(page);

      // Compared with the live draft, the new words are marked as added.
      await page.getByRole('link', { name: 'Tilbake til versjonene' }).click();
      await page
        .getByRole('link', { name: `Sammenlign med gjeldende utkast: «${VERSION}»` })
        .click();
      await page.getByRole('heading', { name: 'Sammenlign versjoner', level: 1 }).waitFor();
      const inserted = page.locator('ins', { hasText: ADDED });
      await inserted.waitFor();
      expect(await inserted.innerText()).toContain('lagt til:');
      const strategy = page.getByTestId('strategy-diff').filter({ hasText: 'Strategi 1.1' });
      await strategy.getByText('Endret', { exact: true }).waitFor();
      expect(await page.getByLabel('Fra', { exact: true }).inputValue()).not.toBe('live');
      expect(await page.getByLabel('Til', { exact: true }).inputValue()).toBe('live');
      await expectNoAxeViolations(page);

      // Restoring asks first, then the editor's open page shows the restored text at once.
      await page.getByRole('link', { name: 'Tilbake til versjonene' }).click();
      await page.getByRole('button', { name: `Gjenopprett «${VERSION}»` }).click();
      const dialog = page.getByRole('dialog', { name: `Gjenopprette «${VERSION}»?` });
      await dialog.getByText('Historikken tas vare på').waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Gjenopprett' }).click();
      await expect.poll(() => announcements(page)).toContain(`«${VERSION}» er gjenopprettet.`);
      // Seen too, in the version's entry, where the focus went back to.
      await page.getByTestId('version-restored').filter({ hasText: `«${VERSION}» er gjenopprettet.` }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe(`Gjenopprett «${VERSION}»`);
      await expect.poll(() => writersStrategy.innerText(), { timeout: 10_000 }).toBe(original);
      // The editor with the plan open is told who restored which version, on screen and aloud.
      const told = `Saksbehandler Siri gjenopprettet versjonen «${VERSION}».`;
      await writer.page.getByTestId('plan-notice').filter({ hasText: told }).waitFor();
      await expect.poll(() => announcements(writer.page)).toContain(told);
      await writer.page.getByTestId('plan-notice').getByRole('button', { name: 'Lukk meldingen' }).click();
      await expect.poll(() => writer.page.getByTestId('plan-notice').count()).toBe(0);

      // The export page offers every format for the draft or a version.
      await openPlan(page, server().url, planId);
      await page.getByRole('link', { name: 'Eksport' }).click();
      await page.getByRole('heading', { name: 'Eksport', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Last ned PDF (arkivformat PDF/A)' }).waitFor();
      await page
        .getByLabel('Innhold')
        .selectOption({ label: `${VERSION} (Førstegangsbehandling)` });
      await expectNoAxeViolations(page);
    } finally {
      await owner.close();
      await writer.close();
    }
  });
});
