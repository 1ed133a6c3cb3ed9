import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { discussionDocName, messagesMap } from '../../shared/discussion/keys';
import { planDocName } from '../../shared/protocol';
import { SqliteStorage } from '../../server/storage/sqlite/SqliteStorage';
import { nowMs } from '../lib/clock';
import { pollUntil } from '../lib/clients';
import { DiscussionPerson, type OpenTiming } from '../lib/discussionClient';
import { seedDiscussion, strategyParagraphs, type SeededDiscussion } from '../lib/discussionSeed';
import { deliberationTable, viewCosts, type DeliberationResult } from '../lib/deliberationReport';
import { fillLargePlan, LARGE_PLAN } from '../lib/largePlan';
import { sleep } from '../lib/proc';
import {
  createMedverkPlan,
  startServer,
  type RunningServer,
  type ServerOptions,
} from '../lib/servers';

export interface DeliberationOptions {
  threads: number;
  suggestions: number;
  people: number;
  /**
   * 0: one after another, each once the one before is interactive (every open timed on its
   * own, with everyone before it connected). N > 0: one every N ms whether or not the ones
   * before are done (a crowd arriving; all people share this process, so it queues here too).
   */
  arriveEveryMs: number;
  /** Replies per second, all senders together, for `durationMs`. */
  repliesPerSecond: number;
  durationMs: number;
  /** How many of the people write the replies. */
  senders: number;
  random: () => number;
  server: ServerOptions;
}

const OPEN_TIMEOUT_MS = 60_000;
const SETTLE_TIMEOUT_MS = 15_000;

/**
 * W7 (Medverk only; the anchors have no comments): a 150-strategy plan with `threads` comment
 * threads and `suggestions` open suggestions. People open it one after another (plan + its
 * discussion over one connection, then the discussion read into a view: "interactive"); then
 * some of them reply to random threads at a steady rate while everyone stays connected, and we
 * time each reply to its ack and to the last other person who has it.
 */
export async function deliberation(options: DeliberationOptions): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-w7-'));
  // Seeding writes the node's SQLite file directly, so this runs on one node whatever --nodes says.
  const serverOptions: ServerOptions = { ...options.server, nodes: 1 };
  let server: RunningServer | null = await startServer('medverk', dataDir, serverOptions);
  const people: DiscussionPerson[] = [];
  try {
    const planId = (await createMedverkPlan(server, 'W7 medvirkning')).split(':')[1]!;
    await server.stop();
    server = null;
    const seedStarted = performance.now();
    const seeded = await seedStored(join(dataDir, 'node-0', 'medverk.db'), planId, options);
    const seedMs = performance.now() - seedStarted;

    server = await startServer('medverk', dataDir, serverOptions);
    const atStart = server.stats();
    const openLag = lagMonitor();
    const opens = await openAll(server, planId, options, people);
    const afterOpen = server.stats();
    const openLagMs = openLag.stop();
    for (const timing of opens) {
      if (
        timing.view.threads.length !== seeded.seed.threadIds.length ||
        timing.view.suggestions.length !== seeded.seed.suggestions
      )
        throw new Error(
          `W7: a person saw ${timing.view.threads.length} threads and ${timing.view.suggestions.length} suggestions`,
        );
    }

    const sendLag = lagMonitor();
    const sends = await replyStorm(people, seeded.seed.threadIds, options);
    const sent = sends.filter((send) => send.ok);
    const others = (send: Send) => people.filter((person) => person !== send.sender);
    const settled = await pollUntil(
      () => sent.every((send) => others(send).every((person) => person.arrivals.has(send.id))),
      SETTLE_TIMEOUT_MS,
    );
    const afterSend = server.stats();
    const sendLagMs = sendLag.stop();
    const fanout = sent.flatMap((send) => {
      const arrivals = others(send).map((person) => person.arrivals.get(send.id));
      return arrivals.every((at) => at !== undefined) ? [Math.max(...arrivals) - send.sentAt] : [];
    });
    const expected = seeded.seed.messages + sent.length;
    const vector = Buffer.from(Y.encodeStateVector(people[0]!.discussion)).toString('base64');
    const converged =
      settled &&
      people.every(
        (person) =>
          messagesMap(person.discussion).size === expected &&
          Buffer.from(Y.encodeStateVector(person.discussion)).toString('base64') === vector,
      );

    const result: DeliberationResult = {
      options,
      seed: seeded.seed,
      seedMs,
      planBytes: seeded.planBytes,
      discussionBytes: seeded.discussionBytes,
      opens,
      openCpuSeconds: afterOpen.cpuSeconds - atStart.cpuSeconds,
      openLagMs,
      rssAfterOpenMb: afterOpen.rssMb,
      acks: sent.map((send) => send.ackedAt - send.sentAt),
      fanout,
      refused: sends.filter((send) => !send.ok).map((send) => send.code),
      sendCpuSeconds: afterSend.cpuSeconds - afterOpen.cpuSeconds,
      sendLagMs,
      rssAfterSendMb: afterSend.rssMb,
      peakRssMb: afterSend.peakRssMb,
      converged,
      costs: viewCosts(people[0]!.discussion),
    };
    return deliberationTable(result);
  } finally {
    people.forEach((person) => person.close());
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * With the server stopped, writes the plan's strategies and its discussion into the server's own
 * storage as compacted snapshots — what a plan that has been discussed for weeks looks like
 * when its first reader of the day opens it. Both documents are built here: the plan on top of
 * the document the server created, the discussion through the server's command function.
 */
async function seedStored(
  file: string,
  planId: string,
  options: DeliberationOptions,
): Promise<{ seed: SeededDiscussion; planBytes: number; discussionBytes: number }> {
  const storage = new SqliteStorage({ file, synchronous: 'normal' });
  try {
    const plan = new Y.Doc();
    const stored = await storage.docs.loadDoc(planDocName(planId));
    if (!stored.snapshot) throw new Error('W7: the plan was not stored at creation');
    Y.applyUpdate(plan, stored.snapshot);
    stored.updates.forEach((update) => Y.applyUpdate(plan, update));
    const strategyIds = fillLargePlan(plan, {
      ...LARGE_PLAN,
      paragraphs: strategyParagraphs(options.random),
    });
    const discussion = new Y.Doc();
    const seed = seedDiscussion(plan, discussion, strategyIds, options);
    const planState = Y.encodeStateAsUpdate(plan);
    const discussionState = Y.encodeStateAsUpdate(discussion);
    await storage.docs.compactDoc(planDocName(planId), planState);
    await storage.docs.compactDoc(discussionDocName(planId), discussionState);
    return { seed, planBytes: planState.byteLength, discussionBytes: discussionState.byteLength };
  } finally {
    await storage.close();
  }
}

/** Everyone opens the plan, as `arriveEveryMs` says. */
async function openAll(
  server: RunningServer,
  planId: string,
  options: DeliberationOptions,
  people: DiscussionPerson[],
): Promise<OpenTiming[]> {
  if (options.arriveEveryMs === 0) {
    const timings: OpenTiming[] = [];
    for (let i = 0; i < options.people; i++) {
      const { person, timing } = await DiscussionPerson.open(server, planId, OPEN_TIMEOUT_MS);
      people.push(person);
      timings.push(timing);
    }
    return timings;
  }
  return Promise.all(
    Array.from({ length: options.people }, async (_, i) => {
      await sleep(i * options.arriveEveryMs);
      const { person, timing } = await DiscussionPerson.open(server, planId, OPEN_TIMEOUT_MS);
      people.push(person);
      return timing;
    }),
  );
}

/**
 * The bench process's own event-loop delay (p99, ms): all the people live in this one process,
 * so when it is busy their timings include its queueing — a browser would not have that.
 */
function lagMonitor(): { stop: () => number } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    stop: () => {
      histogram.disable();
      return histogram.percentile(99) / 1e6;
    },
  };
}

interface Send {
  id: string;
  sender: DiscussionPerson;
  sentAt: number;
  ackedAt: number;
  ok: boolean;
  code: string;
}

/** Replies on a fixed schedule (open loop: a slow answer does not delay the next reply). */
async function replyStorm(
  people: readonly DiscussionPerson[],
  threadIds: readonly string[],
  options: DeliberationOptions,
): Promise<Send[]> {
  const senders = people.slice(0, Math.min(options.senders, people.length));
  const count = Math.round((options.repliesPerSecond * options.durationMs) / 1000);
  const interval = 1000 / options.repliesPerSecond;
  const started = nowMs();
  const plan = Array.from({ length: count }, (_, k) => ({
    at: started + k * interval,
    sender: senders[Math.floor(options.random() * senders.length)]!,
    threadId: threadIds[Math.floor(options.random() * threadIds.length)]!,
    body: `Svar ${k}: ${'enig, men vi bør se på formuleringen. '.repeat(1 + Math.floor(options.random() * 4))}`,
  }));
  return Promise.all(
    plan.map(async ({ at, sender, threadId, body }, k) => {
      await sleep(at - nowMs());
      const id = `w7r${k}`;
      const sentAt = nowMs();
      const answer = await sender.command({
        type: 'reply',
        threadId,
        messageId: id,
        body,
        mentions: [],
      });
      return {
        id,
        sender,
        sentAt,
        ackedAt: nowMs(),
        ok: answer.ok,
        code: answer.ok ? 'ok' : answer.code,
      };
    }),
  );
}
