import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createStaff, demoPlanId } from '../support/testServer';
import { newPerson, newVisitor } from '../support/browser';
import { joinAsGuest } from '../support/people';
import { ownerSiri, participantInviteUrl, staffPerson } from './accounts';
import { DEMO_PLAN_TITLE } from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

const focusIsOnBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

describe('an administrator and the plan list', () => {
  it('sees the demo plan marked as not theirs and makes themselves owner', async () => {
    await createStaff(server(), {
      email: 'drift@asker.kommune.no',
      name: 'Drift',
      password: 'drift-passord-1',
      isAdmin: true,
    });
    const admin = await newPerson(browser(), {
      color: '#0b5cad',
      login: {
        serverUrl: server().url,
        email: 'drift@asker.kommune.no',
        password: 'drift-passord-1',
      },
    });
    try {
      const { page } = admin;
      await page.goto(server().url);
      const item = page.getByRole('listitem').filter({ hasText: DEMO_PLAN_TITLE });
      await item.filter({ hasText: 'Du har ingen rolle i denne planen' }).waitFor();
      // Not a link yet: without a role the plan would not open.
      expect(await page.getByRole('link', { name: DEMO_PLAN_TITLE }).count()).toBe(0);
      await page.getByRole('heading', { name: 'Gjør en konto til eier' }).waitFor();
      await expectNoAxeViolations(page);

      await page.getByRole('combobox', { name: 'Plan' }).selectOption({ label: DEMO_PLAN_TITLE });
      expect(await page.getByRole('combobox', { name: 'Konto' }).inputValue()).not.toBe('');
      await page.getByRole('button', { name: 'Gjør til eier' }).click();
      await page.getByText(`Drift (deg) er nå eier av «${DEMO_PLAN_TITLE}».`).waitFor();
      await page.getByRole('link', { name: DEMO_PLAN_TITLE }).waitFor();
      await item.filter({ hasText: 'Din rolle: Eier' }).waitFor();
      expect(await focusIsOnBody(page)).toBe(false);
      await expectNoAxeViolations(page);
    } finally {
      await admin.close();
    }
  });
});

describe('first steps', () => {
  it('the login page leads people with a workshop code to /join', async () => {
    const visitor = await newVisitor(browser());
    try {
      const { page } = visitor;
      await page.goto(`${server().url}/login`);
      await page
        .getByRole('link', { name: 'Har du fått en kode? Bli med i et verksted med koden' })
        .click();
      await page.waitForURL(/\/join$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
    } finally {
      await visitor.close();
    }
  });
});

describe('no English on Norwegian pages', () => {
  it('the log names guests and versions in bokmål', async () => {
    const planId = await demoPlanId(server());
    const siri = await ownerSiri(browser(), server(), planId);
    try {
      const url = await participantInviteUrl(siri, server().url, planId);
      await joinAsGuest(server(), url.split('/invite/')[1]!, 'Gjesten Gro');
      const frozen = await siri.context.request.post(
        `${server().url}/api/plans/${planId}/versions`,
        {
          data: { name: 'Høringsutkast', step: 'first-reading' },
          headers: { origin: server().url },
        },
      );
      expect(frozen.status()).toBe(201);

      const { page } = siri;
      await page.goto(`${server().url}/plans/${planId}/audit`);
      const table = page.getByRole('table');
      await table.getByText('Gjesten Gro (gjest)').first().waitFor();
      await table.getByText('versjon: «Høringsutkast»').first().waitFor();
      const text = await table.innerText();
      expect(text).not.toContain('(guest)');
      expect(text).not.toContain('person: Høringsutkast');
      expect(text).not.toMatch(/\b(the|guest|version|created|changed|joined|exported)\b/i);
      await expectNoAxeViolations(page);
    } finally {
      await siri.close();
    }
  });

  it('English pages write dates the British way', async () => {
    const planId = await demoPlanId(server());
    const anna = await staffPerson(browser(), server(), {
      name: 'Anna',
      color: '#0b5cad',
      planId,
      locale: 'en',
    });
    try {
      await anna.page.goto(server().url);
      await anna.page
        .getByText(/^Last changed \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/)
        .first()
        .waitFor();
    } finally {
      await anna.close();
    }
  });
});

describe('a page whose code does not load', () => {
  it('shows a friendly page in the person’s language with a reload button', async () => {
    const person = await newPerson(browser(), { color: '#0b5cad', locale: 'nn' });
    try {
      const { page } = person;
      // As after a new release (the old chunk is gone) or offline: the login page's code fails.
      const chunk = /\/assets\/LoginPage-[\w-]+\.js$/;
      await page.route(chunk, (route) => route.abort('internetdisconnected'));
      await page.goto(`${server().url}/login`);
      const heading = page.getByRole('heading', { level: 1, name: 'Sida kunne ikkje lastast' });
      await heading.waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectNoAxeViolations(page);

      await page.unroute(chunk);
      await page.getByRole('button', { name: 'Last inn sida på nytt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    } finally {
      await person.close();
    }
  });
});
