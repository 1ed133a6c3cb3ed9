import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopAck } from '../../shared/protocol';
import { listNotes, readMeta, WorkshopErrorCode } from '../../shared/workshop';
import { notesMap } from '../../shared/workshop/publicDoc';
import type { WorkshopResponse } from '../../shared/api/workshops';
import { api, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';
import { WorkshopClient } from '../support/workshopClient';
import { waitFor } from '../support/waitFor';

/**
 * Issue #14 over the wire: `addNote` with `forRoom` (facilitators only, refused for a guest with
 * its own code), the note reaching a guest's public doc marked and without an author in an
 * anonymous workshop, and the workshop answer telling a guest the plan's public page once on.
 */

let server: TestServer;
const clients: WorkshopClient[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
}, 60_000);

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await server.dispose();
});

function outcomeOf(ack: WorkshopAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}

async function connect(cookie: string, doc: string): Promise<WorkshopClient> {
  const client = await WorkshopClient.connect(server.url, cookie, doc);
  clients.push(client);
  expect(await client.join()).toEqual({ ok: true, access: 'read' });
  await waitFor(() => client.view, 'the private view');
  return client;
}

describe('writing for the room over the wire', () => {
  it('lets the facilitator write for the room and shows guests the note, never its writer', async () => {
    const owner = await ownerWithPlan(server);
    const created = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
      method: 'POST',
      body: { title: 'Nærmiljø', anonymous: true, facilitatorSeesAuthors: true },
    });
    const workshop = ((await created.json()) as WorkshopResponse).workshop;
    const host = await connect(owner.cookie, workshop.doc);
    const added = outcomeOf(
      await host.command({
        type: 'addActivity',
        activity: {
          kind: 'brainstorm',
          prompt: 'Hva savner du?',
          timeboxMinutes: null,
          clusteringBy: 'facilitators',
        },
      }),
    );
    if (added.type !== 'created') throw new Error('no activity');
    outcomeOf(await host.command({ type: 'start', firstActivity: true }));
    await waitFor(
      () => readMeta(host.doc).currentActivityId === added.id,
      'the brainstorm running',
    );

    const { token } = await createInvite(server, owner.cookie, owner.planId, {
      role: 'participant',
      expiresInHours: 1,
      maxUses: 1,
    });
    const guestCookie = await joinAsGuest(server, token, 'Lise');
    const guest = await connect(guestCookie, workshop.doc);

    const refused = await guest.command({
      type: 'addNote',
      activityId: added.id,
      text: 'Fra salen',
      forRoom: true,
    });
    expect(refused).toMatchObject({ ok: false, code: WorkshopErrorCode.Forbidden });

    const note = outcomeOf(
      await host.command({
        type: 'addNote',
        activityId: added.id,
        text: 'Benker ved bussen',
        forRoom: true,
      }),
    );
    expect(note).toMatchObject({ type: 'noteAdded', visible: false });
    await waitFor(
      () => host.view?.roomNotes?.length === 1,
      'the note among the facilitator’s notes for the room',
    );
    expect(host.view?.notes).toEqual([]);
    outcomeOf(await host.command({ type: 'revealNotes', activityId: added.id }));
    await waitFor(
      () => listNotes(guest.doc, added.id).length === 1,
      'the note on the guest’s board',
    );
    const [shown] = listNotes(guest.doc, added.id);
    expect(shown).toMatchObject({ text: 'Benker ved bussen', forRoom: true, authorId: null });
    expect(
      notesMap(guest.doc)
        .get(shown?.id ?? '')
        ?.has('authorId'),
    ).toBe(false);
    expect(guest.view?.roomNotes).toBeUndefined();
  });

  it('tells a guest the plan’s public page only once it is switched on', async () => {
    const owner = await ownerWithPlan(server);
    const created = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
      method: 'POST',
      body: { title: 'Nærmiljø', anonymous: false, facilitatorSeesAuthors: false },
    });
    const workshop = ((await created.json()) as WorkshopResponse).workshop;
    const { token } = await createInvite(server, owner.cookie, owner.planId, {
      role: 'participant',
      expiresInHours: 1,
      maxUses: 1,
    });
    const guest = api(server.url, await joinAsGuest(server, token, 'Lise'));
    const read = async () =>
      ((await (await guest(`/api/workshops/${workshop.id}`)).json()) as WorkshopResponse).workshop;

    expect((await read()).publicPath).toBeNull();
    const settings = {
      planId: owner.planId,
      enabled: false,
      slug: 'naermiljo-i-asker',
      intro: [],
      contact: { name: '', title: '', email: '', phone: '' },
      publishedVersionId: null,
      openInput: false,
      publishInputList: false,
      retentionDays: 365,
      inboxRoles: [],
      updatedAt: Date.now(),
    };
    expect(await server.medverk.storage.publicPages.saveSettings(settings)).toBe('ok');
    // Switched off: its address is not told, though it is saved.
    expect((await read()).publicPath).toBeNull();
    await server.medverk.storage.publicPages.saveSettings({ ...settings, enabled: true });
    expect((await read()).publicPath).toBe('/p/naermiljo-i-asker');
  });
});
