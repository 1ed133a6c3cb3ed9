import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hashToken, newToken } from '../../server/auth/tokens';
import { createStaff, startTestServer } from '../support/testServer';
import { newPerson, newVisitor } from '../support/browser';
import { startSmtpServer } from '../support/smtpServer';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const NEW_PASSWORD = 'et-nytt-langt-passord';
let counter = 0;

async function kari(): Promise<{ email: string; id: string; name: string }> {
  const email = `kari-${++counter}@asker.kommune.no`;
  const name = `Kari Nordmann ${counter}`;
  const { id } = await createStaff(server(), { email, name, password: 'gammelt-passord-1' });
  return { email, id, name };
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement ? (active.labels?.[0]?.textContent ?? null) : null;
  });

/** Fills the reset form by keyboard only: each refusal puts focus on the field to fix. */
async function setNewPasswordByKeyboard(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Velg nytt passord', level: 1 }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('Nytt passord').focus();
  await page.keyboard.type('kort');
  await page.keyboard.press('Enter');
  await page.getByText('Passordet må ha minst 10 tegn.').waitFor();
  expect(await focusedLabel(page)).toBe('Nytt passord');
  await expectNoAxeViolations(page);

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press('Tab');
  expect(await focusedLabel(page)).toBe('Gjenta passordet');
  await page.keyboard.type('noe-helt-annet-passord');
  await page.keyboard.press('Enter');
  await page.getByText('Passordene er ikke like.').waitFor();
  expect(await focusedLabel(page)).toBe('Gjenta passordet');

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Planer', level: 1 }).waitFor();
}

describe('password reset', () => {
  it('an administrator makes a link on the accounts page; the person sets a new password with it by keyboard', async () => {
    const person = await kari();
    const adminEmail = `admin-${++counter}@asker.kommune.no`;
    await createStaff(server(), {
      email: adminEmail,
      name: 'Admin',
      password: 'admin-passord-1',
      isAdmin: true,
    });
    const admin = await newPerson(browser(), {
      color: '#1f77b4',
      login: { serverUrl: server().url, email: adminEmail, password: 'admin-passord-1' },
    });
    const visitor = await newVisitor(browser());
    try {
      await admin.page.goto(server().url);
      await admin.page.getByRole('link', { name: 'Kontoer' }).click();
      await admin.page.getByRole('heading', { name: 'Kontoer', level: 1 }).waitFor();
      await expectNoAxeViolations(admin.page);
      await admin.page
        .getByRole('button', { name: `Lag lenke for nytt passord til ${person.name}` })
        .focus();
      await admin.page.keyboard.press('Enter');
      const heading = admin.page.getByRole('heading', {
        name: `Lenke for nytt passord til ${person.name}`,
      });
      await heading.waitFor();
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectNoAxeViolations(admin.page);
      const url = await admin.page.getByLabel('Lenke for nytt passord', { exact: true }).inputValue();
      expect(url).toMatch(/\/reset#[A-Za-z0-9_-]{43}$/);

      await visitor.page.goto(url);
      await visitor.page.getByText(`Velg et nytt passord for ${person.email}.`).waitFor();
      await setNewPasswordByKeyboard(visitor.page);
      await visitor.page.getByTestId('who-am-i').filter({ hasText: person.name }).waitFor();

      // Used once: opened again, the page says so in words, not a blank form.
      await visitor.page.goto(url);
      await visitor.page.getByRole('heading', { name: 'Lenken virker ikke', level: 1 }).waitFor();
      await expectNoAxeViolations(visitor.page);
    } finally {
      await admin.close();
      await visitor.close();
    }
  });

  it('explains an expired link and a link cut short', async () => {
    const person = await kari();
    const token = newToken();
    await server().medverk.storage.accounts.createPasswordReset({
      tokenHash: hashToken(token),
      userId: person.id,
      createdAt: Date.now() - 2 * 60 * 60_000,
      expiresAt: Date.now() - 60 * 60_000,
    });
    const visitor = await newVisitor(browser());
    try {
      const { page } = visitor;
      await page.goto(`${server().url}/reset#${token}`);
      await page.getByRole('heading', { name: 'Lenken har gått ut', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Be om en ny lenke' }).waitFor();
      await expectNoAxeViolations(page);

      await page.goto(`${server().url}/reset`);
      await page.getByRole('heading', { name: 'Lenken mangler en del', level: 1 }).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await visitor.close();
    }
  });

  it('"Glemt passordet?" sends people to an administrator when there is no e-mail', async () => {
    const visitor = await newVisitor(browser());
    try {
      const { page } = visitor;
      await page.goto(`${server().url}/login`);
      await page.getByRole('link', { name: 'Glemt passordet?' }).click();
      await page
        .getByRole('heading', { name: 'Be en administrator om en lenke', level: 1 })
        .waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await visitor.close();
    }
  });

  it('"Glemt passordet?" e-mails a link when SMTP is set up, and the link works', async () => {
    const mail = await startSmtpServer();
    const withMail = await startTestServer({ seedDemo: false, env: { SMTP_URL: mail.url } });
    const visitor = await newVisitor(browser());
    try {
      const email = 'ola@asker.kommune.no';
      await createStaff(withMail, { email, name: 'Ola Nordmann', password: 'gammelt-passord-1' });
      const { page } = visitor;
      await page.goto(`${withMail.url}/login`);
      await page.getByRole('link', { name: 'Glemt passordet?' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Glemt passordet', level: 1 }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('E-post').focus();
      await page.keyboard.type(email);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Sjekk e-posten din', level: 1 }).waitFor();
      await expectNoAxeViolations(page);

      const message = await mail.waitForMessage((m) => m.to.includes(email));
      expect(message.subject).toBe('Nytt passord i Medverk');
      const url = /http:\/\/\S+\/reset#[A-Za-z0-9_-]{43}/.exec(message.text)?.[0];
      expect(url).toBeDefined();
      await page.goto(url!);
      await setNewPasswordByKeyboard(page);
    } finally {
      await visitor.close();
      await withMail.dispose();
      await mail.close();
    }
  });
});
