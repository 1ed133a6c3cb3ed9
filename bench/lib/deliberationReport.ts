import * as Y from 'yjs';
import { messagesMap, suggestionsMap, threadsMap } from '../../shared/discussion/keys';
import { discussionView } from '../../shared/discussion/view';
import type { OpenTiming } from './discussionClient';
import type { SeededDiscussion } from './discussionSeed';
import { percentile } from './stats';

export interface ViewCosts {
  /** `discussionView` on a document it has read before (warm JIT), ms. */
  viewMs: number[];
  /** The same reading and sorting without checking each record against its zod schema, ms. */
  unparsedMs: number[];
  /** Applying the whole discussion state to an empty Y.Doc (what a sync step 2 costs), ms. */
  applyMs: number[];
  bytes: number;
}

export interface DeliberationResult {
  options: {
    threads: number;
    suggestions: number;
    people: number;
    arriveEveryMs: number;
    repliesPerSecond: number;
    durationMs: number;
    senders: number;
  };
  seed: SeededDiscussion;
  seedMs: number;
  planBytes: number;
  discussionBytes: number;
  opens: OpenTiming[];
  openCpuSeconds: number;
  /** p99 event-loop delay of the bench process (where all the people live) per phase, ms. */
  openLagMs: number;
  sendLagMs: number;
  rssAfterOpenMb: number;
  acks: number[];
  fanout: number[];
  refused: string[];
  sendCpuSeconds: number;
  rssAfterSendMb: number;
  peakRssMb: number;
  converged: boolean;
  costs: ViewCosts;
}

const RUNS = 20;

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Plain reads in the same shape as `discussionView`, to see what the record checks cost. */
function unparsedView(doc: Y.Doc): number {
  const values = (map: Y.Map<unknown>) =>
    [...map.values()] as { id: string; createdAt: number; threadId?: string }[];
  const byTime = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
    a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
  const byThread = new Map<string, unknown[]>();
  for (const message of values(messagesMap(doc)).sort(byTime)) {
    const list = byThread.get(message.threadId ?? '');
    if (list) list.push(message);
    else byThread.set(message.threadId ?? '', [message]);
  }
  const threads = values(threadsMap(doc))
    .sort(byTime)
    .map((thread) => ({ ...thread, messages: byThread.get(thread.id) ?? [] }));
  return threads.length + values(suggestionsMap(doc)).sort(byTime).length;
}

/** What reading the discussion costs a client, measured in this process on one person's copy. */
export function viewCosts(doc: Y.Doc): ViewCosts {
  const state = Y.encodeStateAsUpdate(doc);
  return {
    viewMs: Array.from({ length: RUNS }, () => timed(() => discussionView(doc))),
    unparsedMs: Array.from({ length: RUNS }, () => timed(() => unparsedView(doc))),
    applyMs: Array.from({ length: 5 }, () => timed(() => Y.applyUpdate(new Y.Doc(), state))),
    bytes: state.byteLength,
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
const p = (values: readonly number[], q: number) => percentile(values, q);

function row(
  what: string,
  samples: readonly number[],
  cpu: string,
  rss: string,
  notes: string,
): string {
  const max = samples.length > 0 ? Math.max(...samples) : Number.NaN;
  return `| ${what} | ${ms(p(samples, 50))} | ${ms(p(samples, 95))} | ${ms(p(samples, 99))} | ${ms(max)} | ${samples.length} | ${cpu} | ${rss} | ${notes} |`;
}

/** The W7 table and the numbers that explain it. */
export function deliberationTable(r: DeliberationResult): string {
  const { options: o, seed, costs } = r;
  const p50Of = (pick: (open: OpenTiming) => number) => ms(p(r.opens.map(pick), 50));
  const arrival =
    o.arriveEveryMs > 0
      ? `one arrives every ${o.arriveEveryMs} ms`
      : 'one after another, each once the one before is interactive';
  const first = ms(r.opens[0]?.interactiveMs ?? Number.NaN);
  const codes = [...new Set(r.refused)].join(', ');
  const refused = r.refused.length === 0 ? '0 refused' : `${r.refused.length} refused (${codes})`;
  const perReply = ((r.sendCpuSeconds * 1000) / Math.max(1, r.acks.length)).toFixed(1);
  const messages = seed.messages + r.acks.length;
  const title =
    `W7 deliberation — 150-strategy plan, ${seed.threadIds.length} threads ` +
    `(${seed.messages.toLocaleString('en')} messages), ${seed.suggestions} open suggestions, ` +
    `${o.people} people; replies at ${o.repliesPerSecond}/s for ${o.durationMs / 1000} s; Medverk only`;
  return [
    `### ${title}`,
    '',
    '| measure | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | samples | server CPU (s) | server RSS (MB) | notes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    row(
      'open → interactive (plan + discussion synced, view computed)',
      r.opens.map((open) => open.interactiveMs),
      r.openCpuSeconds.toFixed(2),
      r.rssAfterOpenMb.toFixed(0),
      `${arrival}; first (documents loaded from storage) ${first} ms; ` +
        `plan synced p50 ${p50Of((x) => x.planSyncedMs)}, discussion synced p50 ${p50Of((x) => x.discussionSyncedMs)}; ` +
        `bench loop delay p99 ${ms(r.openLagMs)} ms`,
    ),
    row(
      'discussionView once, just after sync (client)',
      r.opens.map((open) => open.viewMs),
      '',
      '',
      'part of the row above; a fresh Y.Doc per person',
    ),
    row(
      'reply send → ack',
      r.acks,
      r.sendCpuSeconds.toFixed(2),
      r.rssAfterSendMb.toFixed(0),
      `${o.senders} senders, ${refused}; ${perReply} ms server CPU per reply`,
    ),
    row(
      `reply send → all ${o.people - 1} others have it`,
      r.fanout,
      r.sendCpuSeconds.toFixed(2),
      r.peakRssMb.toFixed(0),
      `converged: ${r.converged ? 'yes' : 'no'} (every copy holds all ${messages} messages); ` +
        `RSS = peak; bench loop delay p99 ${ms(r.sendLagMs)} ms`,
    ),
    '',
    `- Seeded in ${(r.seedMs / 1000).toFixed(1)} s in the bench process, written to the stopped ` +
      `server's SQLite as snapshots: plan ${kb(r.planBytes)}, discussion ${kb(r.discussionBytes)} ` +
      `(what a person downloads on opening; ${kb(costs.bytes)} after the replies).`,
    `- Client side, on one person's copy after the run (warm): \`discussionView\` p50 ` +
      `${ms(p(costs.viewMs, 50))} ms (p95 ${ms(p(costs.viewMs, 95))}); the same reads and sorts ` +
      `without the zod record checks ${ms(p(costs.unparsedMs, 50))} ms; applying the discussion ` +
      `state to an empty Y.Doc ${ms(p(costs.applyMs, 50))} ms.`,
  ].join('\n');
}
