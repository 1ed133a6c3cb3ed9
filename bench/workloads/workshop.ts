import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { WorkshopAck } from '../../shared/protocol';
import {
  getActivity,
  listNotes,
  listParticipants,
  readTally,
  readTimer,
} from '../../shared/workshop';
import { WorkshopClient } from '../../tests/support/workshopClient';
import { nowMs } from '../lib/clock';
import { pollUntil } from '../lib/clients';
import { sleep } from '../lib/proc';
import type { Row } from '../lib/report';
import {
  createMedverkPlan,
  post,
  sessionCookie,
  startServer,
  type RunningServer,
  type ServerOptions,
} from '../lib/servers';

export interface WorkshopOptions {
  participants: number;
  /** How long each phase (notes, then votes) lasts. */
  phaseMs: number;
  /** Each participant adds a note this often during the brainstorm. */
  noteEveryMs: number;
  random: () => number;
  server: ServerOptions;
}

const VOTES = 3;
/** An ack slower than this counts as never coming (its socket was closed); the run goes on. */
const ACK_TIMEOUT_MS = 15_000;
const FACILITATOR_EVERY_MS = 1_000;

/**
 * W4 (Medverk only): a focus group as the product runs it. A facilitator and `participants`
 * guests (each with their own session and socket) join a workshop, and a projector view (the
 * facilitator's session, its own socket, joined watch-only as `/workshops/:id/present` is) shows
 * it on the wall; during a brainstorm every participant adds a note every `noteEveryMs`, then after the
 * reveal everyone casts their votes, while the facilitator changes the shared timer every second.
 * Rows: participants' command round trip (send → ack, i.e. validated, applied and committed),
 * timer change → seen by every participant, and timer change → seen by the projector.
 * All clients run in the bench process (one Y.Doc each), so fan-out times include their decoding.
 */
export async function workshop(options: WorkshopOptions): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-w4-'));
  // Many guests from one address: the bench names them apart with X-Forwarded-For.
  const server = await startServer('medverk', dataDir, {
    ...options.server,
    env: { TRUST_PROXY: 'true' },
  });
  const clients: WorkshopClient[] = [];
  // Why sockets closed (Socket.IO's reason: "ping timeout", "io server disconnect", …), for the report.
  const closedBecause = new Map<string, number>();
  const watch = (client: WorkshopClient) =>
    client.socket.on('disconnect', (reason: string) => closedBecause.set(reason, (closedBecause.get(reason) ?? 0) + 1));
  try {
    const docName = await createMedverkPlan(server, 'W4 verksted');
    const planId = docName.split(':')[1]!;
    const created = await post(server.url, `/api/plans/${planId}/workshops`, server.cookie, {
      title: 'Bench-verksted',
      goal: 'Hva skal planen prioritere?',
      anonymous: false,
      facilitatorSeesAuthors: false,
    });
    if (created.status !== 201)
      throw new Error(`creating the workshop failed: ${created.status} ${await created.text()}`);
    const doc = ((await created.json()) as { workshop: { doc: string } }).workshop.doc;

    const host = await WorkshopClient.connect(server.url, server.cookie, doc);
    clients.push(host);
    watch(host);
    must(await host.join(), 'facilitator join');
    const brainstorm = createdId(
      await host.command({
        type: 'addActivity',
        activity: {
          kind: 'brainstorm',
          prompt: 'Hva trengs?',
          timeboxMinutes: 10,
          clusteringBy: 'facilitators',
        },
      }),
    );
    const vote = createdId(
      await host.command({
        type: 'addActivity',
        activity: {
          kind: 'vote',
          prompt: 'Stem',
          timeboxMinutes: 10,
          sourceActivityId: brainstorm,
          voteOn: 'notes',
          votesPerPerson: VOTES,
        },
      }),
    );
    must(await host.command({ type: 'start' }), 'start');
    must(
      await host.command({ type: 'startActivity', activityId: brainstorm, startTimer: true }),
      'start the brainstorm',
    );

    // The projector: the facilitator's session on a second socket, watching without taking part.
    const projector = await WorkshopClient.connect(server.url, server.cookie, doc);
    clients.push(projector);
    watch(projector);
    must(await projector.join(doc, { watchOnly: true }), 'projector join');

    const people = await joinGuests(server, doc, planId, options.participants);
    clients.push(...people);
    people.forEach(watch);
    if (
      !(await pollUntil(
        () => listParticipants(host.doc).length === options.participants + 1,
        30_000,
      ))
    )
      throw new Error('not everyone joined');

    // Each participant records when each timer state first reached them.
    const timerSeen = people.map(() => new Map<string, number>());
    people.forEach((person, i) =>
      person.doc.on('update', () => {
        const key = JSON.stringify(readTimer(person.doc));
        if (!timerSeen[i]!.has(key)) timerSeen[i]!.set(key, nowMs());
      }),
    );
    const projectorSeen = new Map<string, number>();
    projector.doc.on('update', () => {
      const key = JSON.stringify(readTimer(projector.doc));
      if (!projectorSeen.has(key)) projectorSeen.set(key, nowMs());
    });
    const before = server.stats();
    const acks: number[] = [];
    const timerChanges: { sentAt: number; key: string }[] = [];
    let refused = 0;
    let unanswered = 0;
    const command = async (client: WorkshopClient, body: unknown): Promise<WorkshopAck> => {
      const sentAt = nowMs();
      // A socket the server closed (e.g. a reader too slow for its send buffer) never answers.
      const ack = await within(client.command(body), ACK_TIMEOUT_MS, 'a command').catch((): WorkshopAck | null => null);
      if (!ack) {
        unanswered++;
        return { ok: false, code: 'bad-request', message: 'no answer' };
      }
      if (client !== host) acks.push(nowMs() - sentAt);
      if (!ack.ok) refused++;
      return ack;
    };
    // Pause and resume alternately: every change gives a new timer state (it depends on the time).
    const facilitator = async (until: number) => {
      for (let k = 0; nowMs() < until; k++) {
        const previous = JSON.stringify(readTimer(host.doc));
        const sentAt = nowMs();
        must(await command(host, { type: k % 2 === 0 ? 'timerPause' : 'timerResume' }), 'timer');
        await pollUntil(() => JSON.stringify(readTimer(host.doc)) !== previous, 5_000);
        timerChanges.push({ sentAt, key: JSON.stringify(readTimer(host.doc)) });
        await sleep(FACILITATOR_EVERY_MS);
      }
    };

    // Phase 1: notes, one every `noteEveryMs` per person (random phase): 200 people at 6 s is 33 notes/s, as 60 at 2 s was.
    let notes = 0;
    const end1 = nowMs() + options.phaseMs;
    await Promise.all([
      facilitator(end1),
      ...people.map(async (person, i) => {
        await sleep(options.random() * options.noteEveryMs);
        for (let n = 0; nowMs() < end1; n++) {
          const ack = await command(person, {
            type: 'addNote',
            activityId: brainstorm,
            text: `Forslag ${i}-${n}`,
          });
          if (ack.ok) notes++;
          await sleep(options.noteEveryMs);
        }
      }),
    ]);
    must(await within(host.command({ type: 'revealNotes', activityId: brainstorm }), ACK_TIMEOUT_MS, 'the facilitator'), 'reveal');
    must(
      await within(host.command({ type: 'startActivity', activityId: vote, startTimer: true }), ACK_TIMEOUT_MS, 'the facilitator'),
      'start the vote',
    );
    const targets = listNotes(host.doc, brainstorm).map((note) => note.id);

    // Phase 2: votes, spread over the phase.
    let votes = 0;
    const end2 = nowMs() + options.phaseMs;
    await Promise.all([
      facilitator(end2),
      ...people.map(async (person) => {
        for (let v = 0; v < VOTES; v++) {
          await sleep(options.random() * (options.phaseMs / VOTES));
          const target = targets[Math.floor(options.random() * targets.length)]!;
          const ack = await command(person, { type: 'vote', activityId: vote, targetId: target });
          if (ack.ok) votes++;
        }
      }),
    ]);
    must(await within(host.command({ type: 'revealVotes', activityId: vote }), ACK_TIMEOUT_MS, 'the facilitator'), 'reveal votes');

    // Converged: everyone holds the host's public state, all notes, and the tally counts every accepted vote.
    const vector = () => Buffer.from(Y.encodeStateVector(host.doc)).toString('base64');
    const same = await pollUntil(
      () =>
        people.every(
          (p) => Buffer.from(Y.encodeStateVector(p.doc)).toString('base64') === vector(),
        ),
      15_000,
    );
    const tally = readTally(host.doc, getActivity(host.doc, vote)!);
    const cast = tally?.kind === 'vote' ? tally.cast : -1;
    const allNotes = listNotes(host.doc, brainstorm).length;
    const after = server.stats();

    const fanout: number[] = [];
    const toProjector: number[] = [];
    let missing = 0;
    let projectorMissed = 0;
    for (const change of timerChanges) {
      const arrivals = timerSeen.map((seen) => seen.get(change.key));
      if (arrivals.some((at) => at === undefined)) missing++;
      else fanout.push(Math.max(...(arrivals as number[])) - change.sentAt);
      const shown = projectorSeen.get(change.key);
      if (shown === undefined) projectorMissed++;
      else toProjector.push(shown - change.sentAt);
    }
    const projectorSame = Buffer.from(Y.encodeStateVector(projector.doc)).toString('base64') === vector();
    const cpuSeconds = after.cpuSeconds - before.cpuSeconds;
    const ok = same && cast === votes && allNotes === notes;
    const closed = people.filter((person) => !person.socket.connected).length + (projector.socket.connected ? 0 : 1);
    const detail = `${notes} notes, ${votes} votes, ${refused} refused, ${unanswered} unanswered, ${closed} sockets closed${reasons(closedBecause)}; tally ${cast}`;
    return [
      {
        server: 'medverk notes + votes (send→ack)',
        samples: acks,
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged: `${ok ? 'yes' : 'no'} (${detail})`,
      },
      {
        server: `medverk timer → all ${options.participants}`,
        samples: fanout,
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged: missing === 0 ? 'yes' : `no (${missing} changes not seen by all)`,
      },
      {
        server: 'medverk timer → projector view',
        samples: toProjector,
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged: projectorMissed === 0 && projectorSame ? 'yes' : `no (${projectorMissed} changes not shown; same state: ${projectorSame})`,
      },
    ];
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}${reasons(closedBecause)}`, { cause: error });
  } finally {
    clients.forEach((client) => client.close());
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Guests joining through one participant link; the server lets 120 redeem one link per 10 minutes. */
const GUESTS_PER_INVITE = 100;

/** Guests join through participant links, each from their own (forwarded) address and socket. */
async function joinGuests(
  server: RunningServer,
  doc: string,
  planId: string,
  count: number,
): Promise<WorkshopClient[]> {
  const people: WorkshopClient[] = [];
  let token = '';
  for (let i = 0; i < count; i++) {
    if (i % GUESTS_PER_INVITE === 0) token = await participantInvite(server, planId, Math.min(GUESTS_PER_INVITE, count - i));
    const response = await post(
      server.url,
      `/api/invites/${token}/redeem`,
      null,
      { displayName: `Deltaker ${i}` },
      { 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}` },
    );
    if (response.status !== 200)
      throw new Error(`guest ${i} could not join: ${response.status} ${await response.text()}`);
    const person = await WorkshopClient.connect(server.url, sessionCookie(response), doc);
    people.push(person);
    must(await within(person.join(), ACK_TIMEOUT_MS, `guest ${i} join`), `guest ${i} join`);
    if ((i + 1) % 50 === 0) process.stderr.write(`  W4: ${i + 1} of ${count} joined\n`);
  }
  return people;
}

async function participantInvite(server: RunningServer, planId: string, uses: number): Promise<string> {
  const invite = await post(server.url, `/api/plans/${planId}/invites`, server.cookie, {
    role: 'participant',
    expiresInHours: 24,
    maxUses: uses,
  });
  if (invite.status !== 201)
    throw new Error(`creating an invite failed: ${invite.status} ${await invite.text()}`);
  return ((await invite.json()) as { url: string }).url.split('/invite/')[1]!;
}

function reasons(closedBecause: Map<string, number>): string {
  if (closedBecause.size === 0) return '';
  return ` (closed: ${[...closedBecause].map(([reason, count]) => `${count}× ${reason}`).join(', ')})`;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function must<T extends { ok: boolean }>(result: T, what: string): T {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result)}`);
  return result;
}

function createdId(ack: WorkshopAck): string {
  if (!ack.ok || ack.outcome.type !== 'created')
    throw new Error(`expected created, got ${JSON.stringify(ack)}`);
  return ack.outcome.id;
}
