import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditListResponse } from '../../shared/api/audit';
import type { CreateJoinCodeResponse } from '../../shared/api/joinCodes';
import { WorkshopErrorCode, getActivity, listNotes, listParticipants, readTally } from '../../shared/workshop';
import { api, startTestServer, type TestServer } from '../support/testServer';
import { createInvite } from '../support/people';
import type { WorkshopClient } from '../support/workshopClient';
import { waitFor } from '../support/waitFor';
import {
  agendaOf,
  connectTo,
  cookieFrom,
  hostedWorkshop,
  idIn,
  outcomeOf,
  participantsSeenBy,
  startActivity,
  type HostedWorkshop,
} from '../support/workshopSetup';

// One device, one participant per workshop link (issue #13): a device cookie ties a participant
// link's guest to the browser that redeemed it, and facilitators merge the duplicates it misses.

let server: TestServer;
const clients: WorkshopClient[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
}, 60_000);

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await server.dispose();
});

interface Entry {
  session: string;
  /** The device cookie this browser holds after the redemption (null: none was set). */
  device: string | null;
  guestId: string;
}

/** A browser redeems `path` (a link's or a code's redeem route) holding only `device`, if any. */
async function redeem(path: string, name: string, device: string | null): Promise<Entry> {
  const response = await api(server.url, device)(path, { method: 'POST', body: { displayName: name } });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { me: { id: string } };
  const session = cookieFrom(response, 'medverk_session');
  if (!session) throw new Error('no session cookie');
  return { session, device: cookieFrom(response, 'medverk_device') ?? device, guestId: body.me.id };
}

const viaLink = (token: string) => `/api/invites/${token}/redeem`;

async function joinCode(workshop: HostedWorkshop): Promise<string> {
  const response = await api(server.url, workshop.owner.cookie)(`/api/workshops/${workshop.id}/join-codes`, { method: 'POST', body: { expiresInHours: 4 } });
  expect(response.status).toBe(201);
  return ((await response.json()) as CreateJoinCodeResponse).code;
}

/** The host writes `count` notes, reveals them and opens the vote; returns the notes' ids. */
async function notesToVoteOn(workshop: HostedWorkshop, agenda: Awaited<ReturnType<typeof agendaOf>>, count: number, people: WorkshopClient[]) {
  await startActivity(workshop.host, agenda.brainstorm, people);
  const notes: string[] = [];
  for (let i = 0; i < count; i++) notes.push(idIn(await workshop.host.command({ type: 'addNote', activityId: agenda.brainstorm, text: `Lapp ${i}` })));
  outcomeOf(await workshop.host.command({ type: 'revealNotes', activityId: agenda.brainstorm }));
  await startActivity(workshop.host, agenda.vote, people);
  return notes;
}

describe('one device, one participant', () => {
  it('gives the same device its participant back through the link, with the budget it had left', async () => {
    const workshop = await hostedWorkshop(server, clients, false);
    const agenda = await agendaOf(workshop, 2);
    // One use: coming back from the same device is not a new use of the link.
    const { token } = await createInvite(server, workshop.owner.cookie, workshop.owner.planId, { role: 'participant', expiresInHours: 24, maxUses: 1 });
    const first = await redeem(viaLink(token), 'Kari', null);
    expect(first.device).not.toBeNull();
    const kari = await connectTo(server, clients, first.session, workshop.docName);
    await participantsSeenBy(workshop.host, 2);
    const notes = await notesToVoteOn(workshop, agenda, 3, [kari]);
    for (const note of notes.slice(0, 2)) outcomeOf(await kari.command({ type: 'vote', activityId: agenda.vote, targetId: note }));
    kari.close();

    // The session is gone (another tab, cleared session), the device cookie is not.
    const again = await redeem(viaLink(token), 'Kari igjen', first.device);
    expect(again.guestId).toBe(first.guestId);
    expect(again.session).not.toBe(first.session);
    const back = await connectTo(server, clients, again.session, workshop.docName);
    await waitFor(() => back.view?.votes.length === 2, 'her two votes in her private view');
    expect(await back.command({ type: 'vote', activityId: agenda.vote, targetId: notes[2] })).toMatchObject({ ok: false, code: WorkshopErrorCode.VoteBudgetExceeded });
    expect(listParticipants(workshop.host.doc).map((p) => p.name).sort()).toEqual(['Kari', 'Saksbehandler']);
  });

  it('does the same through a join code, and a different device is a new participant', async () => {
    const workshop = await hostedWorkshop(server, clients, true);
    const code = await joinCode(workshop);
    const phone = await redeem(`/api/join-codes/${code}/redeem`, 'Ola', null);
    const samePhone = await redeem(`/api/join-codes/${code.toLowerCase()}/redeem`, 'Ola', phone.device);
    expect(samePhone.guestId).toBe(phone.guestId);
    const laptop = await redeem(`/api/join-codes/${code}/redeem`, 'Ola', null);
    expect(laptop.guestId).not.toBe(phone.guestId);
    expect(laptop.device).not.toBe(phone.device);
    await connectTo(server, clients, samePhone.session, workshop.docName);
    await connectTo(server, clients, laptop.session, workshop.docName);
    await participantsSeenBy(workshop.host, 3);
  });

  it('keeps a removed participant removed when their device comes back through the link', async () => {
    const workshop = await hostedWorkshop(server, clients, false);
    const agenda = await agendaOf(workshop, 2);
    const { token } = await createInvite(server, workshop.owner.cookie, workshop.owner.planId, { role: 'participant', expiresInHours: 24, maxUses: 10 });
    const first = await redeem(viaLink(token), 'Troll', null);
    const troll = await connectTo(server, clients, first.session, workshop.docName);
    await startActivity(workshop.host, agenda.brainstorm, [troll]);
    outcomeOf(await workshop.host.command({ type: 'removeParticipant', participantId: `guest-${first.guestId}` }));
    const again = await redeem(viaLink(token), 'Ny person', first.device);
    const back = await connectTo(server, clients, again.session, workshop.docName);
    expect(await back.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Her igjen' })).toMatchObject({ ok: false, code: WorkshopErrorCode.ParticipantRemoved });
  });

  it('sets the device cookie HttpOnly, SameSite=Lax, long-lived, and only for participant links', async () => {
    const workshop = await hostedWorkshop(server, clients, false);
    const { token } = await createInvite(server, workshop.owner.cookie, workshop.owner.planId, { role: 'participant', expiresInHours: 24, maxUses: 10 });
    const response = await api(server.url, null)(viaLink(token), { method: 'POST', body: { displayName: 'Kari' } });
    const header = response.headers.getSetCookie().find((c) => c.startsWith('medverk_device='));
    expect(header).toBeDefined();
    expect(header).toMatch(/; HttpOnly/i);
    expect(header).toMatch(/; SameSite=Lax/i);
    expect(header).toMatch(/; Path=\//i);
    expect(Number(/Max-Age=(\d+)/i.exec(header ?? '')?.[1])).toBeGreaterThan(180 * 24 * 3600);
    expect(header).not.toMatch(/; Secure/i); // plain HTTP here; HTTPS sets Secure like the session cookie
    // A staff link makes a guest per use, as before: people may share a machine to join as themselves.
    const staff = await createInvite(server, workshop.owner.cookie, workshop.owner.planId, { role: 'editor', expiresInHours: 24, maxUses: 10 });
    const device = cookieFrom(response, 'medverk_device');
    const one = await redeem(viaLink(staff.token), 'Per', device);
    const two = await redeem(viaLink(staff.token), 'Pål', device);
    expect(one.guestId).not.toBe(two.guestId);
  });
});

describe('merging duplicates', () => {
  it('moves notes and votes to the kept participant within the budget and ends the other’s socket', async () => {
    const workshop = await hostedWorkshop(server, clients, false);
    const { host, owner } = workshop;
    const agenda = await agendaOf(workshop, 2);
    const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: 10 });
    // Kari on her phone and, after its battery died, on a borrowed one: two devices, one person.
    const [kari1, kari2, ola] = await Promise.all([redeem(viaLink(token), 'Kari', null), redeem(viaLink(token), 'Kari', null), redeem(viaLink(token), 'Ola', null)]);
    const phone = await connectTo(server, clients, kari1.session, workshop.docName);
    const borrowed = await connectTo(server, clients, kari2.session, workshop.docName);
    const olas = await connectTo(server, clients, ola.session, workshop.docName);
    const people = [phone, borrowed, olas];
    await participantsSeenBy(host, 4);
    await startActivity(host, agenda.brainstorm, people);
    const n1 = idIn(await phone.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Fra telefonen' }));
    const n2 = idIn(await borrowed.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Fra den lånte' }));
    const n3 = idIn(await olas.command({ type: 'addNote', activityId: agenda.brainstorm, text: 'Fra Ola' }));
    outcomeOf(await host.command({ type: 'revealNotes', activityId: agenda.brainstorm }));
    await startActivity(host, agenda.vote, people);
    outcomeOf(await phone.command({ type: 'vote', activityId: agenda.vote, targetId: n3 }));
    outcomeOf(await borrowed.command({ type: 'vote', activityId: agenda.vote, targetId: n3 })); // the same target: dropped
    outcomeOf(await borrowed.command({ type: 'vote', activityId: agenda.vote, targetId: n1 })); // fits the budget
    outcomeOf(await olas.command({ type: 'vote', activityId: agenda.vote, targetId: n1 }));

    const keepId = `guest-${kari1.guestId}`;
    const mergeId = `guest-${kari2.guestId}`;
    outcomeOf(await host.command({ type: 'mergeParticipants', keepId, mergeId }));

    await waitFor(() => !borrowed.socket.connected, 'the merged guest’s socket to close');
    await waitFor(() => phone.view?.notes.length === 2, 'both notes in the kept participant’s view');
    expect(phone.view?.notes.map((n) => n.id).sort()).toEqual([n1, n2].sort());
    expect(phone.view?.votes.map((v) => v.targetId).sort()).toEqual([n1, n3].sort());
    expect(listNotes(host.doc, agenda.brainstorm).find((n) => n.id === n2)?.authorId).toBe(keepId);
    const tally = await waitFor(() => {
      const t = readTally(host.doc, getActivity(host.doc, agenda.vote)!);
      return t?.kind === 'vote' && t.cast === 3 ? t : null;
    }, 'the vote count without the dropped vote');
    expect(tally.voters).toBe(2);
    expect(listParticipants(host.doc).find((p) => p.id === mergeId)).toMatchObject({ removed: true, mergedInto: keepId });
    // The merged guest's session is over, on HTTP too.
    const me = (await (await api(server.url, kari2.session)('/api/auth/me')).json()) as { me: unknown };
    expect(me.me).toBeNull();
    const audit = (await (await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/audit`)).json()) as AuditListResponse;
    const entry = audit.entries.find((e) => e.action === 'workshop.participants-merged');
    expect(entry?.detail).toMatchObject({ workshop: workshop.id, kept: keepId, merged: mergeId });
    expect(JSON.stringify(entry?.detail)).not.toMatch(/Kari/);
  });
});
