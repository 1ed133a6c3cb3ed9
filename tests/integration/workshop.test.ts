import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { ErrorCode, type WorkshopAck } from '../../shared/protocol';
import { WorkshopErrorCode, getActivity, listNotes, listParticipants, readTally, readMeta, PublicRoots } from '../../shared/workshop';
import type { WorkshopListResponse, WorkshopResponse } from '../../shared/api/workshops';
import { api, createStaff, loginCookie, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';
import { WorkshopClient } from '../support/workshopClient';
import { waitFor } from '../support/waitFor';

const PEOPLE = 30;
const BUDGET = 3;
const noteText = (person: number, n: number) => `Forslag ${String(person).padStart(2, '0')}-${n} fra deltaker`;

let server: TestServer;
let owner: { cookie: string; planId: string; userId: string };
let docName: string;
let host: WorkshopClient;
const people: WorkshopClient[] = [];
const clients: WorkshopClient[] = [];
/** Frames each person had received before the facilitator asked for the reveal. */
const beforeReveal = new Map<WorkshopClient, number>();

function okOutcome(ack: WorkshopAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}
async function created(ack: Promise<WorkshopAck>): Promise<string> {
  const outcome = okOutcome(await ack);
  if (outcome.type !== 'created') throw new Error(`expected created, got ${outcome.type}`);
  return outcome.id;
}
async function connect(cookie: string | null): Promise<WorkshopClient> {
  const client = await WorkshopClient.connect(server.url, cookie, docName);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  owner = await ownerWithPlan(server);
  const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Frivillighet i Asker', goal: 'Hva skal planen prioritere?', anonymous: true, facilitatorSeesAuthors: false },
  });
  expect(response.status).toBe(201);
  docName = ((await response.json()) as WorkshopResponse).workshop.doc;
}, 60_000);

afterAll(async () => {
  clients.forEach((client) => client.close());
  await server.dispose();
});

describe('a workshop run for real over HTTP and sockets', () => {
  let brainstorm: string;
  let vote: string;
  let poll: string;

  it('is created, listed and summarised over HTTP; a participant cannot create one', async () => {
    const id = docName.split(':')[1]!;
    const list = (await (await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`)).json()) as WorkshopListResponse;
    expect(list.workshops.map((w) => w.id)).toEqual([id]);
    const one = (await (await api(server.url, owner.cookie)(`/api/workshops/${id}`)).json()) as WorkshopResponse;
    expect(one.workshop).toMatchObject({ id, planId: owner.planId, role: 'owner', title: 'Frivillighet i Asker' });
    const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: 1 });
    const guest = await joinAsGuest(server, token, 'Prøver seg');
    const refused = await api(server.url, guest)(`/api/plans/${owner.planId}/workshops`, { method: 'POST', body: { title: 'X', anonymous: false, facilitatorSeesAuthors: false } });
    expect(refused.status).toBe(403);
    expect((await api(server.url, guest)(`/api/workshops/${id}`)).status).toBe(200);
  });

  it('lets the facilitator prepare the agenda and start', async () => {
    host = await connect(owner.cookie);
    expect(await host.join()).toEqual({ ok: true, access: 'read' });
    await waitFor(() => host.view, 'the facilitator’s private view');
    brainstorm = await created(host.command({ type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Hva trengs?', timeboxMinutes: 10, clusteringBy: 'facilitators' } }));
    vote = await created(host.command({ type: 'addActivity', activity: { kind: 'vote', prompt: 'Stem', timeboxMinutes: null, sourceActivityId: brainstorm, voteOn: 'notes', votesPerPerson: BUDGET } }));
    poll = await created(host.command({ type: 'addActivity', activity: { kind: 'poll', prompt: 'Enig?', timeboxMinutes: null, options: ['Ja', 'Nei', 'Vet ikke'], multiple: false } }));
    okOutcome(await host.command({ type: 'start' }));
    okOutcome(await host.command({ type: 'startActivity', activityId: brainstorm }));
    await waitFor(() => readMeta(host.doc).currentActivityId === brainstorm, 'the brainstorm to show as current');
  });

  it(`lets ${PEOPLE} guests join, each on their own socket, and write private notes`, async () => {
    const { token } = await createInvite(server, owner.cookie, owner.planId, { role: 'participant', expiresInHours: 24, maxUses: PEOPLE });
    for (let i = 0; i < PEOPLE; i++) {
      const client = await connect(await joinAsGuest(server, token, `Deltaker ${String(i).padStart(2, '0')}`));
      expect(await client.join()).toEqual({ ok: true, access: 'read' });
      people.push(client);
    }
    await waitFor(() => people.every((p) => p.view), 'everyone’s private view');
    await waitFor(() => listParticipants(host.doc).length === PEOPLE + 1, 'everyone in the participants list');
    await Promise.all(
      people.flatMap((p, i) => [1, 2].map(async (n) => {
        const outcome = okOutcome(await p.command({ type: 'addNote', activityId: brainstorm, text: noteText(i, n) }));
        expect(outcome).toMatchObject({ type: 'noteAdded', visible: false });
      })),
    );
    await waitFor(() => people.every((p) => p.view?.notes.length === 2), 'everyone’s own notes in their private view');
    expect(people[3]!.view!.notes.map((n) => n.text).sort()).toEqual([noteText(3, 1), noteText(3, 2)]);
    expect(listNotes(people[0]!.doc, brainstorm)).toEqual([]);
  });

  it('reveals the notes to everyone', async () => {
    people.forEach((p) => beforeReveal.set(p, p.frames.length));
    const outcome = okOutcome(await host.command({ type: 'revealNotes', activityId: brainstorm }));
    expect(outcome).toMatchObject({ type: 'revealed', count: PEOPLE * 2 });
    await waitFor(() => people.every((p) => listNotes(p.doc, brainstorm).length === PEOPLE * 2), 'the revealed notes everywhere');
    expect(listNotes(people[5]!.doc, brainstorm).every((note) => note.authorId === null)).toBe(true);
  });

  it('counts votes within each person’s budget and refuses the rest', async () => {
    okOutcome(await host.command({ type: 'startActivity', activityId: vote }));
    await waitFor(() => people.every((p) => readMeta(p.doc).currentActivityId === vote), 'the vote to be current');
    const targets = listNotes(host.doc, brainstorm).map((note) => note.id);
    let accepted = 0;
    const refusals: string[] = [];
    await Promise.all(
      people.map(async (p, i) => {
        // Every fifth person tries one vote too many.
        const tries = i % 5 === 0 ? BUDGET + 1 : 1 + (i % BUDGET);
        for (let k = 0; k < tries; k++) {
          const ack = await p.command({ type: 'vote', activityId: vote, targetId: targets[(i * 7 + k * 13) % targets.length]! });
          if (ack.ok) accepted++;
          else refusals.push(ack.code);
        }
      }),
    );
    expect(refusals).toEqual(Array<string>(PEOPLE / 5).fill(WorkshopErrorCode.VoteBudgetExceeded));
    okOutcome(await host.command({ type: 'revealVotes', activityId: vote }));
    const tallyOf = (doc: Y.Doc) => {
      const tally = readTally(doc, getActivity(doc, vote)!);
      return tally?.kind === 'vote' && tally.totals ? tally : null;
    };
    const tally = await waitFor(() => tallyOf(people[9]!.doc), 'the revealed vote totals');
    expect(tally.cast).toBe(accepted);
    expect(Object.values(tally.totals!).reduce((a, b) => a + b, 0)).toBe(accepted);
    expect(people.reduce((sum, p) => sum + (p.view?.votes.length ?? 0), 0)).toBe(accepted);
    const late = await people[1]!.command({ type: 'unvote', activityId: vote, targetId: targets[7]! });
    expect(late).toMatchObject({ ok: false });
  });

  it('runs a poll', async () => {
    okOutcome(await host.command({ type: 'startActivity', activityId: poll }));
    await waitFor(() => people.every((p) => readMeta(p.doc).currentActivityId === poll), 'the poll to be current');
    await Promise.all(people.map(async (p, i) => okOutcome(await p.command({ type: 'answerPoll', activityId: poll, options: [i % 3] }))));
    await waitFor(() => {
      const tally = readTally(people[0]!.doc, getActivity(people[0]!.doc, poll)!);
      return tally?.kind === 'poll' && tally.respondents === PEOPLE && tally.counts.join() === '10,10,10';
    }, 'the poll tally');
  });

  it('never sent anyone an author, a principal or someone else’s unrevealed note', () => {
    const ids = listParticipants(host.doc).map((p) => p.id);
    expect(ids.every((id) => /^(user|guest)-/.test(id))).toBe(true);
    for (const [index, person] of people.entries()) {
      const ownId = ids.find((id) => listParticipants(host.doc).find((p) => p.id === id)?.name === `Deltaker ${String(index).padStart(2, '0')}`)!;
      const others = ids.filter((id) => id !== ownId);
      const othersText = people.flatMap((_, i) => (i === index ? [] : [noteText(i, 1), noteText(i, 2)]));
      const replay = new Y.Doc();
      person.frames.forEach((frame, f) => {
        const raw = frame.kind === 'sync' ? Buffer.from(frame.update).toString('utf8') : frame.json;
        // Principals never leave the server in any form (participant ids use '-').
        expect(raw).not.toMatch(/(user|guest):[A-Za-z0-9_-]/);
        if (frame.kind === 'private') {
          others.forEach((id) => expect(raw).not.toContain(id));
          othersText.forEach((text) => expect(raw).not.toContain(text));
          return;
        }
        if (f < beforeReveal.get(person)!) othersText.forEach((text) => expect(raw).not.toContain(text));
        if (index % 10 !== 0) return; // replaying whole documents: a sample is enough
        Y.applyUpdate(replay, frame.update);
        const roots = [...replay.share.keys()].filter((key) => key !== 'participants');
        const json = JSON.stringify(roots.map((key) => replay.getMap(key).toJSON()));
        others.forEach((id) => expect(json).not.toContain(id));
        if (f < beforeReveal.get(person)!) othersText.forEach((text) => expect(json).not.toContain(text));
      });
    }
  });
});

describe('what the workshop refuses', () => {
  it('refuses a participant’s direct sync update: the doc is read-only', async () => {
    const intruder = new Y.Doc();
    intruder.getMap(PublicRoots.meta).set('status', 'ended');
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(intruder));
    expect(await people[2]!.sync(encoding.toUint8Array(encoder))).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });
    expect(readMeta(host.doc).status).not.toBe('ended');
  });

  it('refuses facilitator commands from a participant', async () => {
    for (const command of [{ type: 'end' }, { type: 'lockInput' }, { type: 'addActivity', activity: { kind: 'discussion', prompt: 'Kuppet', timeboxMinutes: null } }]) {
      expect(await people[4]!.command(command), command.type).toMatchObject({ ok: false, code: WorkshopErrorCode.Forbidden });
    }
  });

  it('refuses commands on a workshop not joined, malformed commands, and floods', async () => {
    const stranger = await connect(owner.cookie);
    expect(await stranger.command({ type: 'start' })).toMatchObject({ ok: false, code: ErrorCode.NotJoined });
    expect(await people[6]!.command({ type: 'addNote', activityId: 'x', text: 'y', authorId: 'guest-x' })).toMatchObject({ ok: false, code: WorkshopErrorCode.BadCommand });
    const acks = await Promise.all(Array.from({ length: 60 }, () => people[7]!.command({ type: 'lockInput' })));
    expect(acks.some((ack) => !ack.ok && ack.code === ErrorCode.RateLimited)).toBe(true);
  });

  it('keeps people without a role in the plan out, and nobody can join the private doc', async () => {
    const email = 'utenfor@asker.kommune.no';
    await createStaff(server, { email, name: 'Utenforstående', password: 'riktig-passord-1' });
    const outsider = await connect(await loginCookie(server.url, email, 'riktig-passord-1'));
    expect(await outsider.join()).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    expect(await outsider.command({ type: 'join', name: 'Meg' })).toMatchObject({ ok: false, code: ErrorCode.NotJoined });
    const privateName = docName.replace('workshop:', 'workshop-private:');
    expect(await host.join(privateName)).toMatchObject({ ok: false, code: ErrorCode.UnknownDocument });
    expect(await people[0]!.join(privateName)).toMatchObject({ ok: false, code: ErrorCode.UnknownDocument });
  });
});
