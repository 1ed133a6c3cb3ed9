/**
 * A W4 client process: holds some of the workshop's participants (each a guest with their own
 * session and socket) and does what the bench process asks over IPC — join, add notes, vote —
 * timing every command's send → ack and when each participant's socket brought each timer state.
 * Times are on the shared monotonic clock (lib/clock.ts), so the parent can set them against the
 * facilitator's sends. Results go to the parent at the end, so IPC is not on the measured path.
 *
 * Participants keep no Y.Doc of their own: 200 documents each applying every note was what
 * stalled the one-process bench. The server relays a change to a room as one frame, the same
 * bytes to every member (server/realtime/DocRoom.ts), so this process decodes each distinct frame
 * once, into one probe doc, and remembers the timer state and state vector the doc had right after
 * it; a participant "sees" a timer state when that frame arrives on its own socket. A participant
 * that got a change only inside a differently-merged frame would count as not having seen it
 * (a miss in the report, never a false arrival).
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { io } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  toUint8Array,
  type JoinResult,
  type WorkshopAck,
} from '../../shared/protocol';
import { wireParser } from '../../shared/protocol/wireParser';
import { readTimer } from '../../shared/workshop';
import { serveMethods } from '../lib/childRpc';
import { nowMs } from '../lib/clock';
import { post, sessionCookie } from '../lib/servers';

/** An ack slower than this counts as never coming (its socket was closed); the run goes on. */
const ACK_TIMEOUT_MS = 15_000;

type Socket = ReturnType<typeof io>;

interface Participant {
  index: number;
  socket: Socket;
  /** Timer state (JSON) → when this participant's socket first brought it. */
  timerSeen: Map<string, number>;
  /** The document's state vector after the last frame this participant received. */
  lastState: string;
}

/** What one distinct frame meant: the timer and the state vector right after applying it. */
interface FrameMeaning {
  timer: string;
  state: string;
}

const people = new Map<number, Participant>();
const probe = new Y.Doc();
const meanings = new Map<string, FrameMeaning>();
const closedBecause = new Map<string, number>();
const acks = { note: [] as number[], vote: [] as number[] };
let accepted = { note: 0, vote: 0 };
/** Refused commands by the server's error code. */
const refused = new Map<string, number>();
let unanswered = 0;
let docName = '';
/** Sync step 1 of an empty document: "send me everything". */
const askAll = (() => {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
})();

const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');

function meaningOf(update: Uint8Array): FrameMeaning {
  const hash = createHash('sha1').update(update).digest('base64');
  let meaning = meanings.get(hash);
  if (!meaning) {
    Y.applyUpdate(probe, update, 'server');
    meaning = { timer: JSON.stringify(readTimer(probe)), state: stateOf(probe) };
    meanings.set(hash, meaning);
  }
  return meaning;
}

function listen(person: Participant): void {
  person.socket.prependAny((event: string, ...args: unknown[]) => {
    if (event !== 'sync' || args[0] !== docName) return;
    const payload = args[1];
    if (!(payload instanceof Uint8Array || payload instanceof ArrayBuffer)) return;
    const at = nowMs();
    const decoder = decoding.createDecoder(toUint8Array(payload));
    if (decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1) return; // the server asking
    const meaning = meaningOf(decoding.readVarUint8Array(decoder));
    if (!person.timerSeen.has(meaning.timer)) person.timerSeen.set(meaning.timer, at);
    person.lastState = meaning.state;
  });
  person.socket.on('disconnect', (reason: string) =>
    closedBecause.set(reason, (closedBecause.get(reason) ?? 0) + 1),
  );
}

function emitAck<T>(socket: Socket, ...args: unknown[]): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ACK_TIMEOUT_MS);
    socket.emit(...(args as [string]), (answer: T) => {
      clearTimeout(timer);
      resolve(answer);
    });
  });
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not connect in 30 s')), 30_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function joinOne(url: string, index: number, token: string): Promise<void> {
  const response = await post(
    url,
    `/api/invites/${token}/redeem`,
    null,
    { displayName: `Deltaker ${index}` },
    // Many guests from one address: the bench names them apart with X-Forwarded-For (TRUST_PROXY).
    { 'x-forwarded-for': `10.0.${index >> 8}.${index & 255}` },
  );
  if (response.status !== 200)
    throw new Error(`redeem ${response.status} ${await response.text()}`);
  const socket = io(url, {
    transports: ['websocket'],
    parser: wireParser,
    forceNew: true,
    reconnection: false,
    extraHeaders: { cookie: sessionCookie(response) },
  });
  const person: Participant = { index, socket, timerSeen: new Map(), lastState: '' };
  listen(person);
  people.set(index, person);
  await connected(socket);
  const joined = await emitAck<JoinResult>(socket, 'join', {
    doc: docName,
    protocol: PROTOCOL_VERSION,
  });
  if (!joined?.ok) throw new Error(`join: ${JSON.stringify(joined)}`);
  if (!(await emitAck(socket, 'sync', docName, askAll))) throw new Error('sync step 1 unanswered');
}

async function command(person: Participant, kind: 'note' | 'vote', body: unknown): Promise<void> {
  const sentAt = nowMs();
  const ack = await emitAck<WorkshopAck>(person.socket, 'workshopCommand', docName, body);
  if (!ack) {
    unanswered++;
    return;
  }
  acks[kind].push(nowMs() - sentAt);
  if (ack.ok) accepted[kind]++;
  else refused.set(ack.code, (refused.get(ack.code) ?? 0) + 1);
}

const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - nowMs())));

export const methods = {
  /** Joins these participants one after another; a failed one is counted, not fatal. */
  join: async (args: {
    url: string;
    doc: string;
    guests: { index: number; token: string }[];
  }): Promise<{ joined: number; failed: number; firstError: string | null }> => {
    docName = args.doc;
    let joined = 0;
    let failed = 0;
    let firstError: string | null = null;
    for (const guest of args.guests) {
      try {
        await joinOne(args.url, guest.index, guest.token);
        joined++;
      } catch (error) {
        failed++;
        firstError ??= `guest ${guest.index}: ${String(error)}`;
        people.get(guest.index)?.socket.disconnect();
        people.delete(guest.index);
      }
    }
    return { joined, failed, firstError };
  },

  /** The brainstorm: every participant adds a note every `everyMs` from its own phase until `endAt`. */
  notes: async (args: {
    activityId: string;
    startAt: number;
    endAt: number;
    everyMs: number;
    phases: Record<number, number>;
  }): Promise<void> => {
    await Promise.all(
      [...people.values()].map(async (person) => {
        for (let n = 0; ; n++) {
          const at = args.startAt + (args.phases[person.index] ?? 0) + n * args.everyMs;
          if (at >= args.endAt) return;
          await sleepUntil(at);
          await command(person, 'note', {
            type: 'addNote',
            activityId: args.activityId,
            text: `Forslag ${person.index}-${n}`,
          });
        }
      }),
    );
  },

  /** The vote: each participant casts its votes at its own times (from `startAt`) on its targets. */
  votes: async (args: {
    activityId: string;
    startAt: number;
    plans: Record<number, { atMs: number; targetId: string }[]>;
  }): Promise<void> => {
    await Promise.all(
      [...people.values()].map(async (person) => {
        for (const vote of args.plans[person.index] ?? []) {
          await sleepUntil(args.startAt + vote.atMs);
          await command(person, 'vote', {
            type: 'vote',
            activityId: args.activityId,
            targetId: vote.targetId,
          });
        }
      }),
    );
  },

  /**
   * Everything measured: per timer change, each participant's arrival (null: never seen); acks;
   * how many participants hold `finalState` (the facilitator's state vector) and are connected.
   */
  collect: (args: {
    changes: { key: string; sentAt: number }[];
    finalState: string;
  }): {
    arrivals: (number | null)[][];
    acks: { note: number[]; vote: number[] };
    accepted: { note: number; vote: number };
    refused: [string, number][];
    unanswered: number;
    participants: number;
    connected: number;
    converged: number;
    closedBecause: [string, number][];
  } => {
    const all = [...people.values()];
    return {
      arrivals: args.changes.map((change) =>
        all.map((person) => {
          const at = person.timerSeen.get(change.key);
          return at === undefined ? null : at - change.sentAt;
        }),
      ),
      acks,
      accepted,
      refused: [...refused],
      unanswered,
      participants: all.length,
      connected: all.filter((person) => person.socket.connected).length,
      converged: all.filter((person) => person.lastState === args.finalState).length,
      closedBecause: [...closedBecause],
    };
  },

  /** Whether every participant here already holds `state` (for waiting until the last frames land). */
  holding: (args: { state: string }): boolean =>
    [...people.values()].every((person) => person.lastState === args.state),

  close: (_args: Record<string, never>): void => {
    people.forEach((person) => person.socket.disconnect());
    people.clear();
    accepted = { note: 0, vote: 0 };
  },
};

export type WorkshopMethods = typeof methods;

// Hundreds of sockets per process are intended.
process.setMaxListeners(0);
serveMethods(methods, () => people.forEach((person) => person.socket.disconnect()));
