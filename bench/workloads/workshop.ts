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
import type { WorkshopMethods } from '../clients/workshopProcess';
import { ChildRpc } from '../lib/childRpc';
import { nowMs } from '../lib/clock';
import { pollUntil } from '../lib/clients';
import { spread } from '../lib/fleet';
import { procStats, sleep } from '../lib/proc';
import { schedStats } from '../lib/schedstat';
import type { Row } from '../lib/report';
import {
  createMedverkPlan,
  post,
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
  /** Client processes the participants are spread over (default: one per 50). */
  clientProcesses?: number;
  random: () => number;
  server: ServerOptions;
}

const VOTES = 3;
/** An ack slower than this counts as never coming (its socket was closed); the run goes on. */
const ACK_TIMEOUT_MS = 15_000;
const FACILITATOR_EVERY_MS = 1_000;
export const PARTICIPANTS_PER_PROCESS = 50;
/** Time for every client process to get its orders before a phase starts (IPC is not measured). */
const PHASE_LEAD_MS = 500;

type WorkshopChild = ChildRpc<WorkshopMethods>;

/**
 * W4 (Medverk only): a focus group as the product runs it. A facilitator and `participants`
 * guests (each with their own session and socket) join a workshop, and a projector view (the
 * facilitator's session, its own socket, joined watch-only as `/workshops/:id/present` is) shows
 * it on the wall; during a brainstorm every participant adds a note every `noteEveryMs`, then after the
 * reveal everyone casts their votes, while the facilitator changes the shared timer every second.
 * The participants run in client processes (bench/clients/workshopProcess.ts, 50 each), the
 * facilitator and the projector here (a Y.Doc each). Rows: participants' command round trip
 * (send → ack, i.e. validated, applied and committed) for notes and votes, timer change → seen by
 * every participant (the last of them, and each one), and timer change → seen by the projector.
 */
export async function workshop(options: WorkshopOptions): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-w4-'));
  // Many guests from one address: the bench names them apart with X-Forwarded-For.
  const server = await startServer('medverk', dataDir, {
    ...options.server,
    env: { TRUST_PROXY: 'true' },
  });
  const clients: WorkshopClient[] = [];
  const processCount =
    options.clientProcesses ?? Math.ceil(options.participants / PARTICIPANTS_PER_PROCESS);
  const children: WorkshopChild[] = Array.from({ length: processCount }, () =>
    ChildRpc.start<WorkshopMethods>('bench/clients/workshopProcess.ts'),
  );
  // Why the facilitator's and projector's sockets closed, for the report.
  const closedBecause = new Map<string, number>();
  const watch = (client: WorkshopClient) =>
    client.socket.on('disconnect', (reason: string) =>
      closedBecause.set(reason, (closedBecause.get(reason) ?? 0) + 1),
    );
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

    // Guests join through participant links, each process its share, all processes at once.
    const joinStats = server.stats();
    const guests = await guestLinks(server, planId, options.participants);
    const shares = spread(options.participants, processCount);
    const joins = await Promise.all(
      children.map((child, p) =>
        child.call('join', {
          url: server.url,
          doc,
          guests: shares[p]!.map((index) => guests[index]!),
        }),
      ),
    );
    const joined = joins.reduce((sum, j) => sum + j.joined, 0);
    const failed = joins.reduce((sum, j) => sum + j.failed, 0);
    const firstError = joins.find((j) => j.firstError)?.firstError ?? null;
    process.stderr.write(
      `  W4: ${joined} of ${options.participants} joined over ${processCount} client processes${failed ? ` (${failed} failed: ${firstError})` : ''}\n`,
    );
    if (joined === 0) throw new Error(`no participant joined: ${firstError}`);
    const listed = await pollUntil(() => listParticipants(host.doc).length === joined + 1, 30_000);
    const joinCpu = server.stats().cpuSeconds - joinStats.cpuSeconds;

    const projectorSeen = new Map<string, number>();
    projector.doc.on('update', () => {
      const key = JSON.stringify(readTimer(projector.doc));
      if (!projectorSeen.has(key)) projectorSeen.set(key, nowMs());
    });
    const timerChanges: { sentAt: number; key: string }[] = [];
    // Pause and resume alternately: every change gives a new timer state (it depends on the time).
    const facilitator = async (startAt: number, until: number) => {
      await sleep(startAt - nowMs());
      for (let k = 0; nowMs() < until; k++) {
        const previous = JSON.stringify(readTimer(host.doc));
        const sentAt = nowMs();
        must(
          await within(
            host.command({ type: k % 2 === 0 ? 'timerPause' : 'timerResume' }),
            ACK_TIMEOUT_MS,
            'the timer',
          ),
          'timer',
        );
        await pollUntil(() => JSON.stringify(readTimer(host.doc)) !== previous, 5_000);
        timerChanges.push({ sentAt, key: JSON.stringify(readTimer(host.doc)) });
        await sleep(FACILITATOR_EVERY_MS);
      }
    };

    const before = server.stats();
    const schedBefore = schedStats(server.pids[0]!);
    const phasesFrom = nowMs();
    const clientCpu = () =>
      children.reduce((total, child) => total + procStats(child.pid).cpuSeconds, 0);
    const clientBefore = clientCpu();
    // Phase 1: notes, one every `noteEveryMs` per person (seeded phase): 200 people at 6 s is 33 notes/s.
    const phases = Object.fromEntries(
      Array.from({ length: options.participants }, (_, i) => [
        i,
        options.random() * options.noteEveryMs,
      ]),
    );
    const start1 = nowMs() + PHASE_LEAD_MS;
    const end1 = start1 + options.phaseMs;
    await Promise.all([
      facilitator(start1, end1),
      ...children.map((child) =>
        child.call('notes', {
          activityId: brainstorm,
          startAt: start1,
          endAt: end1,
          everyMs: options.noteEveryMs,
          phases,
        }),
      ),
    ]);
    must(
      await within(
        host.command({ type: 'revealNotes', activityId: brainstorm }),
        ACK_TIMEOUT_MS,
        'the facilitator',
      ),
      'reveal',
    );
    must(
      await within(
        host.command({ type: 'startActivity', activityId: vote, startTimer: true }),
        ACK_TIMEOUT_MS,
        'the facilitator',
      ),
      'start the vote',
    );
    const targets = listNotes(host.doc, brainstorm).map((note) => note.id);

    // Phase 2: votes, each person's spread over the phase at seeded times on seeded notes.
    const plans = Object.fromEntries(
      Array.from({ length: options.participants }, (_, i) => {
        let atMs = 0;
        return [
          i,
          Array.from({ length: VOTES }, () => {
            atMs += options.random() * (options.phaseMs / VOTES);
            return { atMs, targetId: targets[Math.floor(options.random() * targets.length)]! };
          }),
        ];
      }),
    );
    const start2 = nowMs() + PHASE_LEAD_MS;
    const end2 = start2 + options.phaseMs;
    await Promise.all([
      facilitator(start2, end2),
      ...children.map((child) => child.call('votes', { activityId: vote, startAt: start2, plans })),
    ]);
    must(
      await within(
        host.command({ type: 'revealVotes', activityId: vote }),
        ACK_TIMEOUT_MS,
        'the facilitator',
      ),
      'reveal votes',
    );
    const after = server.stats();
    const schedAfter = schedStats(server.pids[0]!);
    const phasesSeconds = (nowMs() - phasesFrom) / 1000;
    const clientSeconds = clientCpu() - clientBefore;

    // Converged: every participant's last frame left the document where the facilitator's is.
    const finalState = Buffer.from(Y.encodeStateVector(host.doc)).toString('base64');
    await pollUntilAsync(
      async () =>
        (
          await Promise.all(children.map((child) => child.call('holding', { state: finalState })))
        ).every(Boolean),
      15_000,
    );
    const projectorSame = await pollUntil(
      () => Buffer.from(Y.encodeStateVector(projector.doc)).toString('base64') === finalState,
      5_000,
    );
    const results = await Promise.all(
      children.map((child) => child.call('collect', { changes: timerChanges, finalState })),
    );

    const tally = readTally(host.doc, getActivity(host.doc, vote)!);
    const cast = tally?.kind === 'vote' ? tally.cast : -1;
    const allNotes = listNotes(host.doc, brainstorm).length;
    const sum = (pick: (r: (typeof results)[number]) => number) =>
      results.reduce((total, r) => total + pick(r), 0);
    const notes = sum((r) => r.accepted.note);
    const votes = sum((r) => r.accepted.vote);
    const connected = sum((r) => r.connected);
    const converged = sum((r) => r.converged);
    for (const r of results)
      for (const [reason, n] of r.closedBecause)
        closedBecause.set(reason, (closedBecause.get(reason) ?? 0) + n);

    const toAll: number[] = [];
    const toEach: number[] = [];
    const toProjector: number[] = [];
    let missing = 0;
    let projectorMissed = 0;
    timerChanges.forEach((change, c) => {
      const arrivals = results.flatMap((r) => r.arrivals[c]!);
      const seen = arrivals.filter((at): at is number => at !== null);
      toEach.push(...seen);
      if (seen.length < arrivals.length) missing++;
      else toAll.push(Math.max(...seen));
      const shown = projectorSeen.get(change.key);
      if (shown === undefined) projectorMissed++;
      else toProjector.push(shown - change.sentAt);
    });

    const cpuSeconds = after.cpuSeconds - before.cpuSeconds;
    const rssNowMb = procStats(server.pids[0]!).rssMb;
    const unanswered = sum((r) => r.unanswered);
    const refusedBy = new Map<string, number>();
    for (const r of results)
      for (const [code, n] of r.refused) refusedBy.set(code, (refusedBy.get(code) ?? 0) + n);
    const refused = [...refusedBy.values()].reduce((a, b) => a + b, 0);
    const refusals = refusedBy.size
      ? ` (${[...refusedBy].map(([code, n]) => `${n}× ${code}`).join(', ')})`
      : '';
    const ok = converged === joined && cast === votes && allNotes === notes;
    const people = `${joined} joined, ${failed} failed${listed ? '' : ' (not all listed)'}; ${connected} connected at the end${reasons(closedBecause)}`;
    const waited = schedAfter.waitSeconds - schedBefore.waitSeconds;
    const ran = schedAfter.runSeconds - schedBefore.runSeconds;
    const load = `phases ${phasesSeconds.toFixed(1)} s: the server's event loop ran ${ran.toFixed(2)} s and waited ${waited.toFixed(2)} s for a CPU; server CPU ${joinCpu.toFixed(2)} s for the joins; RSS ${rssNowMb.toFixed(0)} MB at the end; the ${processCount} client process${processCount > 1 ? 'es' : ''} used ${clientSeconds.toFixed(2)} s CPU over the phases`;
    return [
      {
        server: 'medverk notes (send→ack)',
        samples: results.flatMap((r) => r.acks.note),
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged: `${ok ? 'yes' : 'no'} (${notes} notes of ${allNotes} shown, ${votes} votes, tally ${cast}; ${refused} refused${refusals}, ${unanswered} unanswered; ${converged} of ${joined} hold the final state)`,
      },
      {
        server: 'medverk votes (send→ack)',
        samples: results.flatMap((r) => r.acks.vote),
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged: people,
      },
      {
        server: `medverk timer → all ${joined}`,
        samples: toAll,
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged:
          missing === 0
            ? 'yes'
            : `no (${missing} of ${timerChanges.length} changes not seen by all)`,
      },
      {
        server: 'medverk timer → each participant',
        samples: toEach,
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged: load,
      },
      {
        server: 'medverk timer → projector view',
        samples: toProjector,
        cpuSeconds,
        peakRssMb: after.peakRssMb,
        converged:
          projectorMissed === 0 && projectorSame
            ? 'yes'
            : `no (${projectorMissed} changes not shown; same state: ${projectorSame})`,
      },
    ];
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}${reasons(closedBecause)}`,
      { cause: error },
    );
  } finally {
    clients.forEach((client) => client.close());
    await Promise.all(children.map((child) => child.stop()));
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Guests joining through one participant link; the server lets 120 redeem one link per 10 minutes. */
const GUESTS_PER_INVITE = 100;

/** One participant link per 100 guests: guest i's token. */
async function guestLinks(
  server: RunningServer,
  planId: string,
  count: number,
): Promise<{ index: number; token: string }[]> {
  const guests: { index: number; token: string }[] = [];
  let token = '';
  for (let i = 0; i < count; i++) {
    if (i % GUESTS_PER_INVITE === 0)
      token = await participantInvite(server, planId, Math.min(GUESTS_PER_INVITE, count - i));
    guests.push({ index: i, token });
  }
  return guests;
}

async function participantInvite(
  server: RunningServer,
  planId: string,
  uses: number,
): Promise<string> {
  const invite = await post(server.url, `/api/plans/${planId}/invites`, server.cookie, {
    role: 'participant',
    expiresInHours: 24,
    maxUses: uses,
  });
  if (invite.status !== 201)
    throw new Error(`creating an invite failed: ${invite.status} ${await invite.text()}`);
  return ((await invite.json()) as { url: string }).url.split('/invite/')[1]!;
}

/** Polls an asynchronous condition (a question to the client processes) until it holds or time runs out. */
async function pollUntilAsync(
  condition: () => Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const until = nowMs() + timeoutMs;
  while (nowMs() < until) {
    if (await condition()) return true;
    await sleep(100);
  }
  return false;
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
