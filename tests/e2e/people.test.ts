import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import {
  PROTOCOL_VERSION,
  planDocName,
  type JoinResult,
  type SyncAck,
} from '../../shared/protocol';
import { titleText } from '../../shared/plan/planDoc';
import { demoPlanId } from '../support/testServer';
import { newVisitor, type Person } from '../support/browser';
import { connectClient, rawSocket } from '../support/syncClient';
import { ownerSiri } from './accounts';
import {
  DEMO_PLAN_TITLE,
  announcements,
  editor,
  openPlan,
  typeAtEnd,
  waitForState,
} from './planPage';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserSuite } from './support/browserSuite';

const { server, browser } = useBrowserSuite();

/** Makes a link on the People page and reads it from the page, as an owner would copy it. */
async function createLink(
  page: Page,
  role: string,
  options: { label: string; expiry?: string; maxUses?: string },
): Promise<string> {
  await page.getByRole('radio', { name: role, exact: true }).check();
  if (options.expiry)
    await page.getByLabel('Lenken virker i').selectOption({ label: options.expiry });
  await page.getByLabel('Hvor mange kan bruke lenken').fill(options.maxUses ?? '');
  await page.getByLabel('Merkelapp (valgfritt)').fill(options.label);
  await page.getByRole('button', { name: 'Lag lenke' }).click();
  await page.getByRole('heading', { name: `Ny lenke for ${role.toLowerCase()}` }).waitFor();
  const url = await page.getByRole('textbox', { name: 'Invitasjonslenke' }).inputValue();
  expect(url).toMatch(new RegExp(`^${server().url}/invite/[A-Za-z0-9_-]{20,}$`));
  return url;
}

/** Opens an invitation as someone without an account and joins with a name. */
async function join(
  person: Person,
  url: string,
  name: string,
  association?: string,
): Promise<void> {
  const { page } = person;
  await page.goto(url);
  await page.getByRole('heading', { name: `Bli med i «${DEMO_PLAN_TITLE}»`, level: 1 }).waitFor();
  await page.getByLabel('Navnet ditt').fill(name);
  if (association)
    await page.getByLabel('Forening eller organisasjon (valgfritt)').fill(association);
  await page.getByRole('button', { name: 'Bli med' }).click();
}

/** A sync update that renames the plan, made on a replica of the current document. */
async function forgedTitleUpdate(cookie: string, docName: string): Promise<Uint8Array> {
  const replica = connectClient(server().url, docName, cookie);
  try {
    await replica.provider.whenSynced();
    let update: Uint8Array | null = null;
    replica.doc.on('update', (change: Uint8Array) => (update = change));
    titleText(replica.doc).insert(0, 'Hacket ');
    if (!update) throw new Error('no update was made');
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    return encoding.toUint8Array(encoder);
  } finally {
    replica.close();
  }
}

describe('people, roles and invitations', () => {
  it('invites an editor and an observer by link; the observer reads live, cannot write, and loses access when the link is revoked', async () => {
    const planId = await demoPlanId(server());
    const docName = planDocName(planId);
    const owner = await ownerSiri(browser(), server(), planId);
    const editorPerson = await newVisitor(browser());
    const observer = await newVisitor(browser());
    try {
      const page = owner.page;
      await owner.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: server().url,
      });
      await openPlan(page, server().url, planId);
      await page.getByTestId('my-role').filter({ hasText: 'Din rolle: Eier' }).waitFor();
      await page.getByRole('link', { name: 'Folk og tilgang' }).click();
      await page.getByRole('heading', { name: 'Folk og tilgang', level: 1 }).waitFor();

      const editorLink = await createLink(page, 'Redaktør', { label: 'Arbeidsgruppen' });
      await page.getByRole('button', { name: 'Kopier lenke' }).click();
      await expect.poll(() => announcements(page)).toContain('Kopiert');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(editorLink);
      await page.getByRole('img', { name: 'QR-kode med invitasjonslenken for redaktør' }).waitFor();

      const observerLink = await createLink(page, 'Observatør', {
        label: 'Politikere',
        expiry: '1 dag',
        maxUses: '5',
      });
      await page.getByRole('heading', { name: 'Politikere', level: 3 }).waitFor();
      await expectNoAxeViolations(page);

      // The editor joins by link, with a name and an association, and lands in the plan.
      await join(editorPerson, editorLink, 'Per', 'Asker idrettsråd');
      await editorPerson.page.waitForURL(`${server().url}/plans/${planId}`);
      await waitForState(editorPerson.page, 'saved');
      await editorPerson.page.getByTestId('who-am-i').filter({ hasText: 'Per (gjest)' }).waitFor();

      // The observer joins the same way and sees the plan read-only: nothing to type into.
      await join(observer, observerLink, 'Ordfører Olsen');
      await observer.page.waitForURL(`${server().url}/plans/${planId}`);
      await waitForState(observer.page, 'saved');
      await observer.page.getByTestId('read-only-notice').waitFor();
      const observersStrategy = editor(observer.page, 'Tekst for strategi 1.1');
      expect(await observersStrategy.getAttribute('contenteditable')).toBe('false');
      // No editing cues: the status tells a reader what they see, and no frame appears on hover.
      await observer.page.getByTestId('sync-status').filter({ hasText: 'Viser siste versjon' }).waitFor();
      expect(await observer.page.getByTestId('sync-status').innerText()).not.toContain('Lagret');
      await observersStrategy.hover();
      expect(await observersStrategy.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(
        'rgba(0, 0, 0, 0)',
      );
      expect(await observersStrategy.getAttribute('aria-readonly')).toBe('true');
      expect(
        await observer.page
          .getByRole('textbox', { name: 'Tittel på planen' })
          .getAttribute('readonly'),
      ).not.toBeNull();
      expect(
        await observer.page.getByRole('button', { name: 'Legg til innsatsområde' }).count(),
      ).toBe(0);
      expect(await observer.page.getByRole('button', { name: /^Slett / }).count()).toBe(0);
      expect(await observer.page.getByRole('link', { name: 'Folk og tilgang' }).count()).toBe(0);

      // The editor writes; the observer sees it live.
      await typeAtEnd(
        editorPerson.page,
        editor(editorPerson.page, 'Tekst for strategi 1.1'),
        ' Per var her.',
      );
      await waitForState(editorPerson.page, 'saved');
      await observersStrategy.filter({ hasText: 'Per var her.' }).waitFor({ timeout: 10_000 });

      // A write forced past the page, on a socket with the observer's session, is refused.
      const session = (await observer.context.cookies(server().url)).find(
        (cookie) => cookie.name === 'medverk_session',
      );
      expect(session).toBeDefined();
      const cookie = `medverk_session=${session?.value ?? ''}`;
      const forged = await forgedTitleUpdate(cookie, docName);
      const socket = rawSocket(server().url, cookie);
      try {
        const joined = await new Promise<JoinResult>((resolve) =>
          socket.emit('join', { doc: docName, protocol: PROTOCOL_VERSION }, resolve),
        );
        expect(joined).toEqual({ ok: true, access: 'read' });
        const ack = await new Promise<SyncAck>((resolve) =>
          socket.emit('sync', docName, forged, resolve),
        );
        expect(ack).toMatchObject({ ok: false, code: 'read-only' });
      } finally {
        socket.disconnect();
      }
      const title = page.getByRole('textbox', { name: 'Tittel på planen' });
      await page.goBack();
      await waitForState(page, 'saved');
      await editor(page, 'Tekst for strategi 1.1').filter({ hasText: 'Per var her.' }).waitFor();
      expect(await title.inputValue()).toBe(DEMO_PLAN_TITLE);

      // The owner sees who joined through which link, then revokes the observers' link.
      await page.getByRole('link', { name: 'Folk og tilgang' }).click();
      const politicians = page.locator('[data-invite-id]').filter({ hasText: 'Politikere' });
      await politicians.filter({ hasText: 'Ordfører Olsen' }).waitFor();
      await page
        .locator('[data-invite-id]')
        .filter({ hasText: 'Arbeidsgruppen' })
        .filter({ hasText: 'Per (Asker idrettsråd)' })
        .waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: 'Ordfører Olsen' })
        .filter({ hasText: 'Gjest' })
        .waitFor();
      await page.getByRole('button', { name: 'Trekk tilbake «Politikere»' }).click();
      const dialog = page.getByRole('dialog', { name: 'Trekke tilbake «Politikere»?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Trekk tilbake' }).click();
      await expect.poll(() => announcements(page)).toContain('«Politikere» er trukket tilbake.');
      await politicians.filter({ hasText: 'Trukket tilbake' }).waitFor();

      // The observer's open page closes the plan within a few seconds, with a way home.
      await observer.page
        .getByRole('heading', { name: 'Du har ikke lenger tilgang til denne planen', level: 1 })
        .waitFor({ timeout: 5_000 });
      expect(await editor(observer.page, 'Tekst for strategi 1.1').count()).toBe(0);
      await observer.page.getByRole('link', { name: 'Gå til forsiden' }).waitFor();
      await expectNoAxeViolations(observer.page);

      // The owner makes Per an observer: his open editor turns read-only at once.
      await page
        .getByRole('combobox', { name: 'Rolle for Per' })
        .selectOption({ label: 'Observatør' });
      await page.getByRole('button', { name: 'Lagre rollen til Per' }).click();
      await expect.poll(() => announcements(page)).toContain('Per er nå observatør.');
      const persStrategy = editor(editorPerson.page, 'Tekst for strategi 1.1');
      await expect
        .poll(() => persStrategy.getAttribute('contenteditable'), { timeout: 5_000 })
        .toBe('false');
      await editorPerson.page.getByTestId('read-only-notice').waitFor();
      await expect
        .poll(() => announcements(editorPerson.page))
        .toContain('Rollen din er endret. Nå kan du bare lese planen.');
      expect(
        await editorPerson.page.getByRole('button', { name: 'Legg til innsatsområde' }).count(),
      ).toBe(0);

      // The log shows what happened, in words.
      await page.getByRole('link', { name: `Tilbake til «${DEMO_PLAN_TITLE}»` }).click();
      await page.getByRole('link', { name: 'Logg' }).click();
      await page.getByRole('heading', { name: 'Logg', level: 1 }).waitFor();
      const table = page.getByRole('table');
      for (const text of [
        'Laget en invitasjonslenke',
        'Ble med gjennom en invitasjonslenke',
        'Prøvde å endre planen uten skrivetilgang',
        'Trakk tilbake en invitasjonslenke',
        'Endret en rolle',
      ])
        await table.getByText(text).first().waitFor();
      await table
        .getByRole('row')
        .filter({ hasText: 'Saksbehandler Siri' })
        .filter({ hasText: 'rolle: observatør' })
        .first()
        .waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await owner.close();
      await editorPerson.close();
      await observer.close();
    }
  });
});
