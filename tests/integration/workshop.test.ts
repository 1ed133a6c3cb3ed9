import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { ErrorCode, type WorkshopAck } from '../../shared/protocol';
import { WorkshopErrorCode, getActivity, listActivities, listNotes, listParticipants, readTally, readMeta, PublicRoots } from '../../shared/workshop';
import type { WorkshopListResponse, WorkshopResponse } from '../../shared/api/workshops';
import { api, createStaff, loginCookie, ownerWithPlan, startTestServer, type TestServer } from '../support/testServer';
import { createInvite, joinAsGuest } from '../support/people';
import { WorkshopClient } from '../support/workshopClient';
import { waitFor } from '../support/waitFor';

const PEOPLE = 30;
const BUDGET = 3;
const noteText = (person: number, n: number) => `Forslag ${String(person).padStart(2, '0')}-${n} fra deltaker`;

// Every test runs on its own server with its own workshop, set up as far as that test needs it
// by the steps below, so any test runs alone (`-t`) and in any order.
let server: TestServer;
const clients: WorkshopClient[] = [];

beforeEach(async () => {
  server = await startTestServer({ seedDemo: false });
}, 60_000);

afterEach(async () => {
  clients.splice(0).forEach((client) => client.close());
  await server.dispose();
});

interface Workshop {
  owner: { cookie: string; planId: string; userId: string };
  docName: string;
}

/** An anonymous workshop in a new plan of a new owner. */
async function newWorkshop(): Promise<Workshop> {
  const owner = await ownerWithPlan(server);
  const response = await api(server.url, owner.cookie)(`/api/plans/${owner.planId}/workshops`, {
    method: 'POST',
    body: { title: 'Frivillighet i Asker', goal: 'Hva skal planen prioritere?', anonymous: true, facilitatorSeesAuthors: false },
  });
  expect(response.status).toBe(201);
  return { owner, docName: ((await response.json()) as WorkshopResponse).workshop.doc };
}

function okOutcome(ack: WorkshopAck) {
  if (!ack.ok) throw new Error(`command refused: ${ack.code} ${ack.message}`);
  return ack.outcome;
}
async function created(ack: Promise<WorkshopAck>): Promise<string> {
  const outcome = okOutcome(await ack);
  if (outcome.type !== 'created') throw new Error(`expected created, got ${outcome.type}`);
  return outcome.id;
}
async function connect(workshop: Workshop, cookie: string | null): Promise<WorkshopClient> {
  const client = await WorkshopClient.connect(server.url, cookie, workshop.docName);
  clients.push(client);
  return client;
}

interface Agenda {
  host: WorkshopClient;
  brainstorm: string;
  vote: string;
  poll: string;
}

/** The facilitator adds a brainstorm, a vote on its notes and a poll, starts, and opens the brainstorm. */
async function prepareAgenda(workshop: Workshop): Promise<Agenda> {
  const host = await connect(workshop, workshop.owner.cookie);
  expect(await host.join()).toEqual({ ok: true, access: 'read' });
  await waitFor(() => host.view, 'the facilitator’s private view');
  const brainstorm = await created(host.command({ type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Hva trengs?', timeboxMinutes: 10, clusteringBy: 'facilitators' } }));
  const vote = await created(host.command({ type: 'addActivity', activity: { kind: 'vote', prompt: 'Stem', timeboxMinutes: null, sourceActivityId: brainstorm, voteOn: 'notes', votesPerPerson: BUDGET } }));
  const poll = await created(host.command({ type: 'addActivity', activity: { kind: 'poll', prompt: 'Enig?', timeboxMinutes: null, options: ['Ja', 'Nei', 'Vet ikke'], multiple: false } }));
  okOutcome(await host.command({ type: 'start' }));
  okOutcome(await host.command({ type: 'startActivity', activityId: brainstorm }));
  await waitFor(() => readMeta(host.doc).currentActivityId === brainstorm, 'the brainstorm to show as current');
  return { host, brainstorm, vote, poll };
}

/** `count` guests join through one invitation, each on their own socket, named "Deltaker NN". */
async function joinPeople(workshop: Workshop, agenda: Agenda, count: number): Promise<WorkshopClient[]> {
  const { token } = await createInvite(server, workshop.owner.cookie, workshop.owner.planId, { role: 'participant', expiresInHours: 24, maxUses: count });
  const people: WorkshopClient[] = [];
  for (let i = 0; i < count; i++) {
    const client = await connect(workshop, await joinAsGuest(server, token, `Deltaker ${String(i).padStart(2, '0')}`));
    expect(await client.join()).toEqual({ ok: true, access: 'read' });
    people.push(client);
  }
  await waitFor(() => people.every((p) => p.view), 'everyone’s private view');
  await waitFor(() => listParticipants(agenda.host.doc).length === count + 1, 'everyone in the participants list');
  return people;
}

/** Everyone writes two private notes in the brainstorm. */
async function writeNotes(agenda: Agenda, people: WorkshopClient[]): Promise<void> {
  await Promise.all(
    people.flatMap((p, i) => [1, 2].map(async (n) => {
      const outcome = okOutcome(await p.command({ type: 'addNote', activityId: agenda.brainstorm, text: noteText(i, n) }));
      expect(outcome).toMatchObject({ type: 'noteAdded', visible: false });
    })),
  );
  await waitFor(() => people.every((p) => p.view?.notes.length === 2), 'everyone’s own notes in their private view');
}

/** The facilitator reveals the notes; returns how many frames each person had received before. */
async function revealNotes(agenda: Agenda, people: WorkshopClient[]): Promise<Map<WorkshopClient, number>> {
  const beforeReveal = new Map(people.map((p) => [p, p.frames.length]));
  const outcome = okOutcome(await agenda.host.command({ type: 'revealNotes', activityId: agenda.brainstorm }));
  expect(outcome).toMatchObject({ type: 'revealed', count: people.length * 2 });
  await waitFor(() => people.every((p) => listNotes(p.doc, agenda.brainstorm).length === people.length * 2), 'the revealed notes everywhere');
  return beforeReveal;
}

/** Everyone votes on the revealed notes, every fifth person one vote over the budget. */
async function castVotes(agenda: Agenda, people: WorkshopClient[]): Promise<{ accepted: number; refusals: string[] }> {
  okOutcome(await agenda.host.command({ type: 'startActivity', activityId: agenda.vote }));
  await waitFor(() => people.every((p) => readMeta(p.doc).currentActivityId === agenda.vote), 'the vote to be current');
  const targets = listNotes(agenda.host.doc, agenda.brainstorm).map((note) => note.id);
  let accepted = 0;
  const refusals: string[] = [];
  await Promise.all(
    people.map(async (p, i) => {
      const tries = i % 5 === 0 ? BUDGET + 1 : 1 + (i % BUDGET);
      for (let k = 0; k < tries; k++) {
        const ack = await p.command({ type: 'vote', activityId: agenda.vote, targetId: targets[(i * 7 + k * 13) % targets.length]! });
        if (ack.ok) accepted++;
        else refusals.push(ack.code);
      }
    }),
  );
  return { accepted, refusals };
}

/** Everyone answers the poll, the people spread evenly over its three options. */
async function answerPoll(agenda: Agenda, people: WorkshopClient[]): Promise<void> {
  okOutcome(await agenda.host.command({ type: 'startActivity', activityId: agenda.poll }));
  await waitFor(() => people.every((p) => readMeta(p.doc).currentActivityId === agenda.poll), 'the poll to be current');
  await Promise.all(people.map(async (p, i) => okOutcome(await p.command({ type: 'answerPoll', activityId: agenda.poll, options: [i % 3] }))));
}

describe('a workshop run for real over HTTP and sockets', () => {
  it('is created, listed and summarised over HTTP; a participant cannot create one', async () => {
    const { owner, docName } = await newWorkshop();
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
    const { host, brainstorm, vote, poll } = await prepareAgenda(await newWorkshop());
    expect(listActivities(host.doc).map((activity) => activity.id)).toEqual([brainstorm, vote, poll]);
    expect(readMeta(host.doc)).toMatchObject({ status: 'running', currentActivityId: brainstorm });
  });

  it(`lets ${PEOPLE} guests join, each on their own socket, and write private notes`, async () => {
    const workshop = await newWorkshop();
    const agenda = await prepareAgenda(workshop);
    const people = await joinPeople(workshop, agenda, PEOPLE);
    await writeNotes(agenda, people);
    expect(people[3]!.view!.notes.map((n) => n.text).sort()).toEqual([noteText(3, 1), noteText(3, 2)]);
    expect(listNotes(people[0]!.doc, agenda.brainstorm)).toEqual([]);
  });

  it('reveals the notes to everyone', async () => {
    const workshop = await newWorkshop();
    const agenda = await prepareAgenda(workshop);
    const people = await joinPeople(workshop, agenda, PEOPLE);
    await writeNotes(agenda, people);
    await revealNotes(agenda, people);
    expect(listNotes(people[5]!.doc, agenda.brainstorm).map((note) => note.text).sort()).toEqual(
      people.flatMap((_, i) => [noteText(i, 1), noteText(i, 2)]).sort(),
    );
    expect(listNotes(people[5]!.doc, agenda.brainstorm).every((note) => note.authorId === null)).toBe(true);
  });

  it('counts votes within each person’s budget and refuses the rest', async () => {
    const workshop = await newWorkshop();
    const agenda = await prepareAgenda(workshop);
    const people = await joinPeople(workshop, agenda, PEOPLE);
    await writeNotes(agenda, people);
    await revealNotes(agenda, people);
    const { accepted, refusals } = await castVotes(agenda, people);
    expect(refusals).toEqual(Array<string>(PEOPLE / 5).fill(WorkshopErrorCode.VoteBudgetExceeded));
    okOutcome(await agenda.host.command({ type: 'revealVotes', activityId: agenda.vote }));
    const tallyOf = (doc: Y.Doc) => {
      const tally = readTally(doc, getActivity(doc, agenda.vote)!);
      return tally?.kind === 'vote' && tally.totals ? tally : null;
    };
    const tally = await waitFor(() => tallyOf(people[9]!.doc), 'the revealed vote totals');
    expect(tally.cast).toBe(accepted);
    expect(Object.values(tally.totals!).reduce((a, b) => a + b, 0)).toBe(accepted);
    expect(people.reduce((sum, p) => sum + (p.view?.votes.length ?? 0), 0)).toBe(accepted);
    const targets = listNotes(agenda.host.doc, agenda.brainstorm).map((note) => note.id);
    const late = await people[1]!.command({ type: 'unvote', activityId: agenda.vote, targetId: targets[7]! });
    expect(late).toMatchObject({ ok: false });
  });

  it('runs a poll', async () => {
    const workshop = await newWorkshop();
    const agenda = await prepareAgenda(workshop);
    const people = await joinPeople(workshop, agenda, PEOPLE);
    await answerPoll(agenda, people);
    // Everyone answered: each has the breakdown in their private view (public after a reveal).
    await waitFor(() => {
      const tally = readTally(people[0]!.doc, getActivity(people[0]!.doc, agenda.poll)!);
      const mine = people[0]!.view?.pollResults?.find((result) => result.activityId === agenda.poll);
      return tally?.kind === 'poll' && tally.respondents === PEOPLE && mine?.counts.join() === '10,10,10';
    }, 'the poll tally');
    okOutcome(await agenda.host.command({ type: 'revealPoll', activityId: agenda.poll }));
    await waitFor(() => {
      const tally = readTally(people[9]!.doc, getActivity(people[9]!.doc, agenda.poll)!);
      return tally?.kind === 'poll' && tally.counts?.join() === '10,10,10';
    }, 'the revealed poll tally');
  });

  it('sends a poll’s breakdown to no one who has not answered', async () => {
    const workshop = await newWorkshop();
    const agenda = await prepareAgenda(workshop);
    const [kari, ola, liv, per] = await joinPeople(workshop, agenda, 4);
    okOutcome(await agenda.host.command({ type: 'startActivity', activityId: agenda.poll }));
    await waitFor(() => readMeta(per!.doc).currentActivityId === agenda.poll, 'the poll to be current');
    // Three answers: in an anonymous workshop no breakdown is shown to anyone with fewer.
    for (const [person, option] of [[kari, 0], [ola, 1], [liv, 0]] as const) {
      okOutcome(await person!.command({ type: 'answerPoll', activityId: agenda.poll, options: [option] }));
    }
    const breakdown = (client: WorkshopClient) =>
      client.view?.pollResults?.find((result) => result.activityId === agenda.poll)?.counts.join() ?? null;
    await waitFor(() => breakdown(kari!) === '2,1,0' && breakdown(agenda.host) === '2,1,0', 'the answerers’ breakdown');
    // Per has the public count of answers, from the same update any breakdown would come in…
    await waitFor(() => {
      const tally = readTally(per!.doc, getActivity(per!.doc, agenda.poll)!);
      return tally?.kind === 'poll' && tally.respondents === 3;
    }, 'the count of answers at Per');
    // …and no breakdown in anything that reached him: neither the public doc nor his own view.
    const tally = readTally(per!.doc, getActivity(per!.doc, agenda.poll)!);
    expect(tally).toEqual({ kind: 'poll', counts: null, respondents: 3 });
    const replay = new Y.Doc();
    for (const frame of per!.frames) {
      if (frame.kind === 'private') {
        expect(JSON.parse(frame.json)).toMatchObject({ pollResults: [] });
        continue;
      }
      Y.applyUpdate(replay, frame.update);
      const stored = replay.getMap<{ counts?: unknown }>('tallies').get(agenda.poll);
      expect(stored?.counts ?? null).toBeNull();
    }
    okOutcome(await per!.command({ type: 'answerPoll', activityId: agenda.poll, options: [1] }));
    await waitFor(() => breakdown(per!) === '2,2,0', 'Per’s breakdown once he answered');
  });

  it('never sent anyone an author, a principal or someone else’s unrevealed note', async () => {
    // The whole run: notes, reveal, votes and a poll, then every frame each person received.
    const workshop = await newWorkshop();
    const agenda = await prepareAgenda(workshop);
    const people = await joinPeople(workshop, agenda, PEOPLE);
    await writeNotes(agenda, people);
    const beforeReveal = await revealNotes(agenda, people);
    await castVotes(agenda, people);
    okOutcome(await agenda.host.command({ type: 'revealVotes', activityId: agenda.vote }));
    await answerPoll(agenda, people);

    const { host } = agenda;
    const ids = listParticipants(host.doc).map((p) => p.id);
    expect(ids).toHaveLength(PEOPLE + 1);
    expect(ids.every((id) => /^(user|guest)-/.test(id))).toBe(true);
    for (const [index, person] of people.entries()) {
      const ownId = ids.find((id) => listParticipants(host.doc).find((p) => p.id === id)?.name === `Deltaker ${String(index).padStart(2, '0')}`)!;
      const others = ids.filter((id) => id !== ownId);
      const othersText = people.flatMap((_, i) => (i === index ? [] : [noteText(i, 1), noteText(i, 2)]));
      // Frames before and after the reveal, both private and public, so the checks below check something.
      expect(beforeReveal.get(person)).toBeGreaterThan(0);
      expect(person.frames.length).toBeGreaterThan(beforeReveal.get(person)!);
      expect(new Set(person.frames.map((frame) => frame.kind))).toEqual(new Set(['sync', 'private']));
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
  /** A running workshop with two participants in it. */
  async function running(): Promise<{ workshop: Workshop; agenda: Agenda; people: WorkshopClient[] }> {
    const workshop = await newWorkshop();
    const agenda = await prepareAgenda(workshop);
    return { workshop, agenda, people: await joinPeople(workshop, agenda, 2) };
  }

  it('refuses a participant’s direct sync update: the doc is read-only', async () => {
    const { agenda, people } = await running();
    const intruder = new Y.Doc();
    intruder.getMap(PublicRoots.meta).set('status', 'ended');
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(intruder));
    expect(await people[0]!.sync(encoding.toUint8Array(encoder))).toMatchObject({ ok: false, code: ErrorCode.ReadOnly });
    // A command after it reaches the host, so the refused update would have too.
    okOutcome(await agenda.host.command({ type: 'startActivity', activityId: agenda.poll }));
    await waitFor(() => readMeta(agenda.host.doc).currentActivityId === agenda.poll, 'the poll to be current');
    expect(readMeta(agenda.host.doc).status).toBe('running');
  });

  it('refuses facilitator commands from a participant', async () => {
    const { people } = await running();
    for (const command of [{ type: 'end' }, { type: 'lockInput' }, { type: 'addActivity', activity: { kind: 'discussion', prompt: 'Kuppet', timeboxMinutes: null } }]) {
      expect(await people[0]!.command(command), command.type).toMatchObject({ ok: false, code: WorkshopErrorCode.Forbidden });
    }
  });

  it('refuses commands on a workshop not joined, malformed commands, and floods', async () => {
    const { workshop, people } = await running();
    const stranger = await connect(workshop, workshop.owner.cookie);
    expect(await stranger.command({ type: 'start' })).toMatchObject({ ok: false, code: ErrorCode.NotJoined });
    expect(await people[0]!.command({ type: 'addNote', activityId: 'x', text: 'y', authorId: 'guest-x' })).toMatchObject({ ok: false, code: WorkshopErrorCode.BadCommand });
    const acks = await Promise.all(Array.from({ length: 60 }, () => people[1]!.command({ type: 'lockInput' })));
    expect(acks.some((ack) => !ack.ok && ack.code === ErrorCode.RateLimited)).toBe(true);
  });

  it('keeps people without a role in the plan out, and nobody can join the private doc', async () => {
    const { workshop, agenda, people } = await running();
    const email = 'utenfor@asker.kommune.no';
    await createStaff(server, { email, name: 'Utenforstående', password: 'riktig-passord-1' });
    const outsider = await connect(workshop, await loginCookie(server.url, email, 'riktig-passord-1'));
    expect(await outsider.join()).toMatchObject({ ok: false, code: ErrorCode.Forbidden });
    expect(await outsider.command({ type: 'join', name: 'Meg' })).toMatchObject({ ok: false, code: ErrorCode.NotJoined });
    const privateName = workshop.docName.replace('workshop:', 'workshop-private:');
    expect(await agenda.host.join(privateName)).toMatchObject({ ok: false, code: ErrorCode.UnknownDocument });
    expect(await people[0]!.join(privateName)).toMatchObject({ ok: false, code: ErrorCode.UnknownDocument });
  });
});
