import { describe, expect, it } from 'vitest';
import { demoPlanId, startTestServer } from '../support/testServer';
import { newVisitor } from '../support/browser';
import { expiredInviteUrl, participantInviteUrl, staffPerson } from './accounts';
import { DEMO_PLAN_TITLE } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

describe('pages around access', () => {
  it('sets up the first administrator from the link in the fragment, and refuses a wrong one clearly', async () => {
    const fresh = await startTestServer();
    const visitor = await newVisitor(browser());
    try {
      const { page } = visitor;
      const setupUrl = fresh.medverk.setupUrl;
      expect(setupUrl).toMatch(/\/setup#.{20,}$/);

      // A link with a wrong token: the form is shown, and the server's refusal explained.
      await page.goto(`${fresh.url}/setup#${'x'.repeat(32)}`);
      await page.getByRole('heading', { name: 'Sett opp Medverk', level: 1 }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Opprett administrator' }).click();
      await page.getByText('Skriv inn navnet ditt.').waitFor();
      await page.getByText('Passordet må ha minst 10 tegn.').waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('Navn').fill('Kari Admin');
      await page.getByLabel('E-post').fill('kari.admin@asker.kommune.no');
      await page.getByLabel('Passord', { exact: true }).fill('et-langt-passord');
      await page.getByLabel('Gjenta passordet').fill('et-annet-passord');
      await page.getByRole('button', { name: 'Opprett administrator' }).click();
      await page.getByText('Passordene er ikke like.').waitFor();
      await page.getByLabel('Gjenta passordet').fill('et-langt-passord');
      await page.getByRole('button', { name: 'Opprett administrator' }).click();
      await page.getByRole('heading', { name: 'Oppsettlenken virker ikke', level: 1 }).waitFor();
      await expectNoAxeViolations(page);

      // The real link: the administrator is created, logged in, and owns the demo plan.
      await page.goto(setupUrl ?? '');
      await page.getByLabel('Navn').fill('Kari Admin');
      await page.getByLabel('E-post').fill('kari.admin@asker.kommune.no');
      await page.getByLabel('Passord', { exact: true }).fill('et-langt-passord');
      await page.getByLabel('Gjenta passordet').fill('et-langt-passord');
      await page.getByRole('button', { name: 'Opprett administrator' }).click();
      await page.getByRole('heading', { name: 'Planer', level: 1 }).waitFor();
      await page.getByTestId('who-am-i').filter({ hasText: 'Kari Admin' }).waitFor();
      await page
        .getByRole('listitem')
        .filter({ hasText: DEMO_PLAN_TITLE })
        .filter({ hasText: 'Din rolle: Eier' })
        .waitFor();

      // The link is used up: opened again (logged out), the page says so.
      await page.getByRole('button', { name: 'Logg ut' }).click();
      await page.getByRole('heading', { name: 'Logg inn', level: 1 }).waitFor();
      await page.goto(setupUrl ?? '');
      await page.getByRole('heading', { name: 'Medverk er allerede satt opp', level: 1 }).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await visitor.close();
      await fresh.dispose();
    }
  });

  it('explains links that cannot be used, and never shows a blank page', async () => {
    const planId = await demoPlanId(server());
    const visitor = await newVisitor(browser());
    try {
      const { page } = visitor;
      await page.goto(await expiredInviteUrl(server(), planId));
      await page.getByRole('heading', { name: 'Lenken har gått ut', level: 1 }).waitFor();
      await page.getByText('Be saksbehandleren for planen om en ny lenke.').waitFor();
      await expectNoAxeViolations(page);

      await page.goto(`${server().url}/invite/${'n'.repeat(43)}`);
      await page.getByRole('heading', { name: 'Fant ikke invitasjonen', level: 1 }).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await visitor.close();
    }
  });

  it('takes a participant to the workshops page; the invite page is accessible in English too', async () => {
    const planId = await demoPlanId(server());
    const owner = await staffPerson(browser(), server(), {
      name: 'Siri',
      color: '#0b5cad',
      planId,
      role: 'owner',
    });
    const visitor = await newVisitor(browser());
    try {
      const url = await participantInviteUrl(owner, server().url, planId);

      const { page } = visitor;
      await page.goto(url);
      await page
        .getByRole('heading', { name: `Bli med i «${DEMO_PLAN_TITLE}»`, level: 1 })
        .waitFor();
      await page.getByText('Du er invitert som deltaker.').waitFor();
      await page.getByRole('heading', { name: 'Dette lagrer vi om deg' }).waitFor();
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Bli med' }).click();
      await page.getByText('Skriv inn navnet ditt.').waitFor();
      await expectNoAxeViolations(page);

      await page.getByLabel('Språk').selectOption('en');
      await page.getByRole('heading', { name: `Join “${DEMO_PLAN_TITLE}”`, level: 1 }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('Your name').fill('Lise');
      await page.getByRole('button', { name: 'Join' }).click();
      await page.waitForURL(`${server().url}/plans/${planId}/workshops`);
      await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
      await page.getByTestId('who-am-i').filter({ hasText: 'Lise (guest)' }).waitFor();
      await expectNoAxeViolations(page);

      // The draft itself is not for participants.
      await page.goto(`${server().url}/plans/${planId}`);
      await page.waitForURL(`${server().url}/plans/${planId}/workshops`);
    } finally {
      await owner.close();
      await visitor.close();
    }
  });

  it('shows the owner pages only to owners, and the login page without violations in nynorsk', async () => {
    const planId = await demoPlanId(server());
    const editor = await staffPerson(browser(), server(), {
      name: 'Eva',
      color: '#1e6b34',
      planId,
      role: 'editor',
    });
    const visitor = await newVisitor(browser());
    try {
      await editor.page.goto(`${server().url}/plans/${planId}/people`);
      await editor.page.getByRole('heading', { name: 'Du har ikke tilgang', level: 1 }).waitFor();
      await editor.page.goto(`${server().url}/plans/${planId}/audit`);
      await editor.page.getByRole('heading', { name: 'Du har ikke tilgang', level: 1 }).waitFor();
      await expectNoAxeViolations(editor.page);

      const { page } = visitor;
      await page.goto(`${server().url}/login`);
      await page.getByLabel('Språk').selectOption('nn');
      await page.getByRole('heading', { name: 'Logg inn', level: 1 }).waitFor();
      await page.getByText('Logg inn med kontoen du har fått av kommunen.').waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await editor.close();
      await visitor.close();
    }
  });
});
