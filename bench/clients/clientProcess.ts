/**
 * A client process of the benchmark: holds many real clients (each with its own Y.Doc and
 * socket, through each server's own client library) and does what the bench process asks over
 * IPC. Clients live apart from the servers and, for big runs, across several of these processes,
 * so the load generator is not one saturated event loop. Times are on the shared monotonic clock.
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { benchText } from '../lib/benchText';
import { connectClient, type BenchClient } from '../lib/clients';
import { nowMs } from '../lib/clock';
import type { ServerAddress } from '../lib/servers';
import { serveMethods } from '../lib/childRpc';

const TOKEN = /<(\d+):(\d+)>/g;
// y-websocket adds an exit listener per provider; hundreds of clients here are intended.
process.setMaxListeners(0);

const clients = new Map<number, BenchClient>();
/** W1: when each local token was inserted, and for every token how many local clients saw it, and when the last did. */
const sentAt = new Map<string, number>();
const sentBy = new Map<number, number>();
const seenBy = new Map<number, number>();
const arrivals = new Map<string, { count: number; last: number }>();
const rooms = new Map<number, string>();

function stateOf(doc: Y.Doc, field: string): string {
  const vector = Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  const text = createHash('sha1').update(benchText(doc, field).toString()).digest('base64');
  return `${vector}:${text}`;
}

const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - nowMs())));

export const methods = {
  stormConnect: async (args: {
    server: ServerAddress;
    docName: string;
    indices: number[];
    field: string;
  }): Promise<number> => {
    for (const index of args.indices)
      clients.set(index, connectClient(args.server, args.docName, index));
    await Promise.all(args.indices.map((index) => clients.get(index)!.whenSynced(60_000)));
    // Observed once synced: the text is the seeded focus area's title, there only after the sync.
    for (const index of args.indices) {
      const client = clients.get(index)!;
      benchText(client.doc, args.field).observe((event, transaction) => {
        if (transaction.local) return;
        const now = nowMs();
        for (const op of event.delta) {
          if (typeof op.insert !== 'string') continue;
          for (const match of op.insert.matchAll(TOKEN)) {
            seenBy.set(index, (seenBy.get(index) ?? 0) + 1);
            const arrival = arrivals.get(match[0]);
            if (arrival) {
              arrival.count++;
              arrival.last = now;
            } else arrivals.set(match[0], { count: 1, last: now });
          }
        }
      });
    }
    return args.indices.length;
  },

  /** Each local editor inserts `<index:seq>` every intervalMs (from its phase) until startAt + durationMs. */
  stormRun: async (args: {
    field: string;
    startAt: number;
    durationMs: number;
    intervalMs: number;
    phases: Record<number, number>;
    positions: Record<number, number[]>;
  }): Promise<void> => {
    await sleepUntil(args.startAt);
    const end = args.startAt + args.durationMs;
    const ticking = [...clients.entries()].map(
      ([index, client]) =>
        new Promise<void>((resolve) => {
          let seq = 0;
          const tick = () => {
            if (nowMs() >= end) {
              resolve();
              return;
            }
            const text = benchText(client.doc, args.field);
            const token = `<${index}:${seq}>`;
            const at = Math.floor((args.positions[index]?.[seq] ?? 0) * (text.length + 1));
            seq++;
            sentBy.set(index, seq);
            sentAt.set(token, nowMs());
            text.insert(Math.min(at, text.length), token);
            setTimeout(tick, args.intervalMs);
          };
          setTimeout(tick, args.phases[index] ?? 0);
        }),
    );
    await Promise.all(ticking);
  },

  stormStatus: (
    _args: Record<string, never>,
  ): { sent: Record<number, number>; seen: Record<number, number> } => ({
    sent: Object.fromEntries(sentBy),
    seen: Object.fromEntries([...clients.keys()].map((i) => [i, seenBy.get(i) ?? 0])),
  }),

  stormCollect: (args: {
    field: string;
  }): { sentAt: [string, number][]; arrivals: [string, number, number][]; states: string[] } => ({
    sentAt: [...sentAt],
    arrivals: [...arrivals].map(([token, { count, last }]) => [token, count, last]),
    states: [...clients.values()].map((client) => stateOf(client.doc, args.field)),
  }),

  /**
   * W2: connects every client of every room, at most `inFlight` at a time (a crowd arriving, not
   * one process opening thousands of sockets in the same millisecond); resolves with each client's
   * [started, synced] times.
   */
  roomsConnect: async (args: {
    server: ServerAddress;
    rooms: { docName: string; indices: number[] }[];
    inFlight: number;
  }): Promise<[number, number][]> => {
    const queue = args.rooms.flatMap((room) =>
      room.indices.map((index) => ({ index, docName: room.docName })),
    );
    const times: [number, number][] = [];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const started = nowMs();
        const client = connectClient(args.server, next.docName, next.index);
        clients.set(next.index, client);
        rooms.set(next.index, next.docName);
        await client.whenSynced(180_000);
        times.push([started, nowMs()]);
      }
    };
    await Promise.all(Array.from({ length: args.inFlight }, worker));
    return times;
  },

  /** W2: every client types its own token once, so convergence can be checked per room. */
  roomsEdit: (args: { field: string }): void => {
    for (const [index, client] of clients)
      benchText(client.doc, args.field).insert(0, `<${index}:0>`);
  },

  roomsState: (args: { field: string }): { doc: string; state: string; tokens: number }[] =>
    [...clients].map(([index, client]) => ({
      doc: rooms.get(index) ?? '',
      state: stateOf(client.doc, args.field),
      tokens: [...benchText(client.doc, args.field).toString().matchAll(TOKEN)].length,
    })),

  close: (_args: Record<string, never>): void => {
    clients.forEach((client) => client.close());
    clients.clear();
  },
};

export type ClientMethods = typeof methods;

serveMethods(methods, () => clients.forEach((client) => client.close()));
