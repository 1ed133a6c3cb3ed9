import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { initPlan, purposeFragment } from '../plan/planDoc';
import { writeParagraphs } from '../plan/richText';
import { normalizeSeed } from '../workshop/random';
import { applyDiscussionCommand, type DiscussionActor, type DiscussionResult } from './apply';
import { parseDiscussionCommand, type DiscussionCommandInput } from './commands';
import { sectionFragment } from './sections';
import { modelRange, textsOf } from './simulationModel';
import { actorOf } from './testing';
import { DEFAULT_DISCUSSION_SETTINGS, type SuggestionRecord, type TextRange } from './types';

/**
 * Test support for simulation.test.ts: the world it runs in (a server holding a plan and its
 * discussion, replicas of the plan joined to it as the real sync joins them: one ordered
 * connection each, both ways) and the edits people make in their replicas.
 */

export const PURPOSE = { kind: 'purpose' } as const;
const WORDS = ['trygg ', 'skolevei', 'æøå', ' ', 'barn', 'Ærlig ', 'frivillighet', 'x'];

/** Marks updates a document received, so it does not send them on again. */
const REMOTE = Symbol('remote');

export interface Replica {
  index: number;
  doc: Y.Doc;
  /** Its own edits, not yet at the server (a socket keeps their order). */
  toServer: Uint8Array[];
  /** The server's changes (others' relayed edits, accepted suggestions), not yet applied. */
  fromServer: Uint8Array[];
}

export class PlanNetwork {
  readonly replicas: Replica[];

  constructor(
    readonly server: Y.Doc,
    count: number,
  ) {
    this.replicas = Array.from({ length: count }, (_, index) => {
      const doc = new Y.Doc();
      // Fixed ids: Yjs orders concurrent insertions by client id, so a run depends on its seed alone.
      doc.clientID = 100 + index;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), REMOTE);
      const replica: Replica = { index, doc, toServer: [], fromServer: [] };
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) replica.toServer.push(update);
      });
      return replica;
    });
    server.on('update', (update: Uint8Array, origin: unknown) => {
      for (const replica of this.replicas) if (replica !== origin) replica.fromServer.push(update);
    });
  }

  /** Up to `count` of the replica's edits reach the server, oldest first. */
  up(replica: Replica, count = Infinity): void {
    for (let i = 0; i < count && replica.toServer.length > 0; i++)
      Y.applyUpdate(this.server, replica.toServer.shift()!, replica);
  }

  down(replica: Replica, count = Infinity): void {
    for (let i = 0; i < count && replica.fromServer.length > 0; i++)
      Y.applyUpdate(replica.doc, replica.fromServer.shift()!, REMOTE);
  }

  /** Everything in flight delivered, both ways, until nothing moves. */
  syncAll(): void {
    while (this.replicas.some((r) => r.toServer.length > 0 || r.fromServer.length > 0)) {
      for (const replica of this.replicas) this.up(replica);
      for (const replica of this.replicas) this.down(replica);
    }
  }
}

export class Simulation {
  readonly gen: prng.PRNG;
  readonly server: Y.Doc;
  readonly discussion = new Y.Doc();
  readonly net: PlanNetwork;
  /** Every suggestion ever created, as it must read now. */
  readonly suggestions = new Map<string, SuggestionRecord>();
  /** Every thread ever started, with the range it was given. */
  readonly threads = new Map<string, TextRange>();
  /** What happened how often (commands by outcome, races), to show the run reached its paths. */
  readonly counts = new Map<string, number>();
  /** The time of the last command (each command one tick later). */
  now = 1_000;
  private ids = 0;

  constructor(seed: number) {
    this.gen = prng.create(normalizeSeed(seed));
    // The server collects garbage; half the seeds keep it (as a document kept for history would),
    // so anchors into removed paragraphs still find their items and must be told apart.
    this.server = new Y.Doc({ gc: seed % 2 === 1 });
    const lines = Array.from(
      { length: prng.int32(this.gen, 2, 4) },
      () => `${prng.word(this.gen, 4, 12)} ${prng.word(this.gen, 4, 12)}`,
    );
    // testing.ts's planWithPurpose, written by a fixed client id so a run is its seed's alone.
    this.server.clientID = 1;
    initPlan(this.server, { title: 'Temaplan', municipality: 'Kommune' });
    writeParagraphs(purposeFragment(this.server), lines);
    this.net = new PlanNetwork(this.server, prng.int32(this.gen, 2, 3));
  }

  count(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }

  /** A command as the server takes it: parsed, then applied to both documents. */
  send(actor: DiscussionActor, input: DiscussionCommandInput): DiscussionResult {
    const parsed = parseDiscussionCommand(input);
    const result = parsed.ok
      ? applyDiscussionCommand(this.discussion, this.server, actor, parsed.command, {
          now: ++this.now,
          newId: () => `id${++this.ids}`,
          settings: DEFAULT_DISCUSSION_SETTINGS,
          isMember: () => true,
          origin: 'discussion',
        })
      : parsed;
    this.count(`${input.type}:${result.ok ? 'ok' : result.code}`);
    return result;
  }

  pick<T>(items: T[]): T | null {
    return items.length > 0 ? prng.oneOf(this.gen, items) : null;
  }

  word(): string {
    return prng.oneOf(this.gen, WORDS);
  }

  open(): SuggestionRecord[] {
    return [...this.suggestions.values()].filter((s) => s.status === 'open');
  }
}

export const clientOf = (replica: Replica) => actorOf(`user-c${replica.index}`);

export function type(sim: Simulation, replica: Replica): void {
  const text = sim.pick(textsOf(replica.doc, PURPOSE));
  text?.insert(prng.int32(sim.gen, 0, text.length), sim.word());
}

export function erase(sim: Simulation, replica: Replica): void {
  const text = sim.pick(textsOf(replica.doc, PURPOSE).filter((t) => t.length > 0));
  if (!text) return;
  const from = prng.int32(sim.gen, 0, text.length - 1);
  text.delete(from, prng.int32(sim.gen, 1, Math.min(6, text.length - from)));
}

/** Deletes the text under an open suggestion or a thread, as this replica sees it, and a bit around. */
export function eraseAnchored(sim: Simulation, replica: Replica): void {
  const targets: TextRange[] = [
    ...sim.threads.values(),
    ...sim
      .open()
      .map((s) =>
        s.change.kind === 'insert' ? { start: s.change.at, end: s.change.at, quote: '' } : s.change,
      ),
  ];
  const target = sim.pick(targets);
  const range = target && modelRange(replica.doc, PURPOSE, target.start, target.end);
  if (!range || typeof range === 'string') return;
  const texts = textsOf(replica.doc, PURPOSE);
  replica.doc.transact(() => {
    for (let node = range.to.node; node >= range.from.node; node--) {
      const text = texts[node]!;
      const from =
        node === range.from.node ? Math.max(0, range.from.offset - prng.int32(sim.gen, 0, 2)) : 0;
      const to =
        node === range.to.node
          ? Math.min(text.length, range.to.offset + prng.int32(sim.gen, 0, 2))
          : text.length;
      if (to > from) text.delete(from, to - from);
    }
  });
  sim.count('eraseAnchored');
}

/** A paragraph removed and a new one written (now and then): anchors into it are lost for good. */
export function replaceParagraph(sim: Simulation, replica: Replica): void {
  const fragment = sectionFragment(replica.doc, PURPOSE)!;
  if (prng.int32(sim.gen, 0, 3) > 0 || fragment.length < 2 || fragment.length > 4) return;
  replica.doc.transact(() => {
    fragment.delete(prng.int32(sim.gen, 0, fragment.length - 1), 1);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(sim.word())]);
    fragment.insert(prng.int32(sim.gen, 0, fragment.length), [paragraph]);
  });
}

export function deliver(sim: Simulation, replica: Replica): void {
  if (prng.bool(sim.gen)) sim.net.up(replica, prng.int32(sim.gen, 1, 3));
  else sim.net.down(replica, prng.int32(sim.gen, 1, 3));
}

export function sync(sim: Simulation, replica: Replica): void {
  sim.net.up(replica);
  sim.net.down(replica);
}

/** The real client waits until its edits are stored before it suggests; now and then it does not. */
export function waitForStored(sim: Simulation, replica: Replica): void {
  if (replica.toServer.length > 0 && prng.int32(sim.gen, 0, 3) > 0) sim.net.up(replica);
  else if (replica.toServer.length > 0) sim.count('sent-before-stored');
}
