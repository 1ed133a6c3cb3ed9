import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CreateInviteResponse } from '../../shared/api/invites';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { demoPlanId, sessionCookieFrom } from '../support/testServer';
import { WorkshopClient } from '../support/workshopClient';
import { waitFor } from '../support/waitFor';
import { staffPerson } from './accounts';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

/** The accessible name of the focused element (its aria-label, else its text). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });

async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('merging duplicate participants on the lead page', () => {
  it('lists people who share a name and merges them by keyboard after a confirmation', async () => {
    const planId = await demoPlanId(server());
    const owner = await staffPerson(browser(), server(), {
      name: 'Eier Eva',
      color: '#0b5cad',
      planId,
      role: 'owner',
    });
    const sockets: WorkshopClient[] = [];
    try {
      const post = async (path: string, data: unknown) => {
        const response = await owner.context.request.post(`${server().url}${path}`, {
          data,
          headers: { origin: server().url },
        });
        expect(response.status()).toBe(201);
        return response.json() as Promise<unknown>;
      };
      const { workshop } = (await post(`/api/plans/${planId}/workshops`, {
        title: 'Dobbelt opp',
        anonymous: true,
        facilitatorSeesAuthors: false,
      })) as WorkshopResponse;
      const { url } = (await post(`/api/plans/${planId}/invites`, {
        role: 'participant',
        expiresInHours: 24,
        maxUses: 5,
      })) as CreateInviteResponse;
      const token = url.split('/invite/')[1]!;
      // Kari joins from two phones (two devices: two participants), Ola from one.
      for (const name of ['Kari', 'Kari', 'Ola']) {
        const response = await fetch(`${server().url}/api/invites/${token}/redeem`, {
          method: 'POST',
          headers: { origin: server().url, 'content-type': 'application/json' },
          body: JSON.stringify({ displayName: name }),
        });
        const socket = await WorkshopClient.connect(
          server().url,
          sessionCookieFrom(response),
          workshop.doc,
        );
        sockets.push(socket);
        expect(await socket.join()).toMatchObject({ ok: true });
      }

      const lead = owner.page;
      await lead.goto(`${server().url}/workshops/${workshop.id}/lead`);
      await lead.getByRole('heading', { name: 'Mulige duplikater' }).waitFor();
      await lead.getByTestId('duplicates').getByText('2 deltakere heter «Kari»').waitFor();
      await expectNoAxeViolations(lead);

      await tabTo(lead, 'Slå sammen de 2 som heter «Kari»');
      await lead.keyboard.press('Enter');
      const dialog = lead.getByRole('dialog', { name: 'Slå sammen til én «Kari»?' });
      await dialog.waitFor();
      // Focus starts on the safe choice; the merge is one Shift+Tab away.
      expect(await focusedName(lead)).toBe('Avbryt');
      await expectNoAxeViolations(lead);
      await lead.keyboard.press('Shift+Tab');
      expect(await focusedName(lead)).toBe('Slå sammen');
      await lead.keyboard.press('Enter');

      await lead.getByText('Deltakerne er slått sammen til Kari.').waitFor();
      await lead.getByText('Ingen deltakere har samme navn.').waitFor();
      await lead.getByTestId('participants').getByText(/slått sammen med Kari/).waitFor();
      // One of Kari's two phones is signed out of the workshop.
      await waitFor(
        () => sockets.filter((socket) => !socket.socket.connected).length === 1,
        'one of Kari’s sockets to close',
      );
      expect(sockets[2]!.socket.connected).toBe(true);
      await expectNoAxeViolations(lead);
    } finally {
      sockets.forEach((socket) => socket.close());
      await owner.close();
    }
  });
});
