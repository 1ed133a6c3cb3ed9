import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoPlanId } from '../support/testServer';
import { joinAsGuest } from '../support/people';
import { ownerSiri, staffPerson, type StaffPerson } from './accounts';
import { announcements, openPlan } from './planPage';
import { expectFocusOn, tabTo } from './support/deliberation';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

/** An editor link made through the People API with the owner's session; returns its token. */
async function editorLink(owner: StaffPerson, planId: string, label: string): Promise<{ id: string; token: string }> {
  const created = await owner.context.request.post(`${server().url}/api/plans/${planId}/invites`, {
    data: { role: 'editor', expiresInHours: 24, maxUses: null, label },
    headers: { origin: server().url },
  });
  expect(created.status()).toBe(201);
  const { url, invite } = (await created.json()) as { url: string; invite: { id: string } };
  return { id: invite.id, token: url.split('/invite/')[1]! };
}

/** A signed-in person joins through the link, as the invite page does for them. */
async function staffJoins(person: StaffPerson, token: string): Promise<void> {
  const joined = await person.context.request.post(`${server().url}/api/invites/${token}/redeem`, {
    data: { displayName: 'Kari' },
    headers: { origin: server().url },
  });
  expect(joined.status()).toBe(200);
}

const revokeButton = (page: Page) => page.getByRole('button', { name: 'Trekk tilbake «Arbeidsgruppen»' });

describe('revoking a link people joined through', () => {
  it('says what happens to guests and staff, works by keyboard, and removes the staff chosen in the same step', async () => {
    const planId = await demoPlanId(server());
    const owner = await ownerSiri(browser(), server(), planId);
    const kari = await staffPerson(browser(), server(), { name: 'Kari Kontorsjef', color: '#b3261e' });
    try {
      const link = await editorLink(owner, planId, 'Arbeidsgruppen');
      await staffJoins(kari, link.token);
      await joinAsGuest(server(), link.token, 'Gro Gjest');
      await openPlan(kari.page, server().url, planId);

      const page = owner.page;
      await page.goto(`${server().url}/plans/${planId}/people`);
      await page.getByRole('heading', { name: 'Folk og tilgang', level: 1 }).waitFor();
      const item = page.locator(`[data-invite-id="${link.id}"]`);
      await item.filter({ hasText: '1 gjest og 1 person med konto' }).waitFor();
      await item.filter({ hasText: 'Kari Kontorsjef (konto, redaktør)' }).waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'Kari Kontorsjef' })
        .filter({ hasText: 'kom inn via lenken «Arbeidsgruppen»' })
        .waitFor();

      // Opened from the keyboard: focus starts on the safe choice; Escape closes and returns focus.
      await tabTo(page, revokeButton(page));
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Trekke tilbake «Arbeidsgruppen»?' });
      await dialog.waitFor();
      await expectFocusOn(dialog.getByRole('button', { name: 'Avbryt' }));
      await dialog
        .getByText(
          'Lenken slutter å virke med en gang. 1 gjest som kom inn med den, mister tilgangen straks.',
        )
        .waitFor();
      await dialog
        .getByRole('group', { name: '1 person med konto kom inn med den og beholder rollen sin:' })
        .waitFor();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expectFocusOn(revokeButton(page));

      await page.keyboard.press('Enter');
      await dialog.waitFor();
      const removeKari = dialog.getByRole('checkbox', {
        name: 'Fjern Kari Kontorsjef (redaktør) fra planen også',
      });
      await tabTo(page, removeKari, { backwards: true, max: 5 });
      await page.keyboard.press('Space');
      expect(await removeKari.isChecked()).toBe(true);
      const confirm = dialog.getByRole('button', { name: 'Trekk tilbake og fjern 1 person' });
      await tabTo(page, confirm, { max: 3 });
      await expectNoAxeViolations(page);
      await page.keyboard.press('Enter');

      await expect
        .poll(() => announcements(page))
        .toContain('«Arbeidsgruppen» er trukket tilbake. 1 person er fjernet fra planen.');
      await item.filter({ hasText: 'Trukket tilbake' }).waitFor();
      await page.getByRole('row').filter({ hasText: 'Kari Kontorsjef' }).waitFor({ state: 'detached' });
      // Kari's open plan closes at once, and the server agrees she is out.
      await kari.page
        .getByRole('heading', { name: 'Du har ikke lenger tilgang til denne planen', level: 1 })
        .waitFor({ timeout: 5_000 });
      const afterwards = await kari.context.request.get(`${server().url}/api/plans/${planId}`);
      expect(afterwards.status()).toBe(403);
      await expectNoAxeViolations(page);
    } finally {
      await owner.close();
      await kari.close();
    }
  });
});
