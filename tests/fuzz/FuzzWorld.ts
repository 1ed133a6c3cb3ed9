import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import { vi } from 'vitest';
import { initPlan } from '../../shared/plan/planDoc';
import { FuzzClient } from './FuzzClient';
import type { FuzzServer } from './FuzzServer';
import { Link } from './link';
import { randomEdit } from './planEdits';
import {
  InvariantViolation,
  checkAckedStored,
  checkNothingPending,
  checkSameDoc,
  ownInsertionsMissing,
} from './invariants';

/** Scenarios that fail on today's code (see the README in this folder); off in `npm test`. */
export interface WorldOptions {
  /** Also remount a provider whose join is still unanswered. */
  remountWhileJoining: boolean;
  /** An outage fails loads (so joins) too, not only writes. */
  outageFailsLoads: boolean;
}

/** Lets the server's setImmediate work (batched commits, relays) run one turn. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The fuzzer's world: a server, a few clients, the links between them, and a seeded generator
 * that decides everything (what is edited, which message moves, when time passes, what fails).
 * Time is vitest's fake clock: the provider's resync and presence timers, the store's unloads
 * and the rate limits all run on it, so a run depends on its seed alone.
 */
export class FuzzWorld {
  readonly gen: prng.PRNG;
  readonly clients: FuzzClient[] = [];
  readonly acked: { client: string; update: Uint8Array }[] = [];
  /** The last steps taken, for the failure message. */
  readonly trace: string[] = [];
  docName = '';
  private nextLinkId = 0;
  private nextClientId = 1_000;
  private readonly usedIds = new Set<string>();
  readonly counts = {
    edits: 0,
    delivered: 0,
    acked: 0,
    disconnects: 0,
    restarts: 0,
    crashes: 0,
    reloads: 0,
    outages: 0,
  };
  /** Refused sync messages by error code. */
  readonly refusals: Record<string, number> = {};

  constructor(
    seed: number,
    readonly server: FuzzServer,
    private readonly options: WorldOptions,
  ) {
    // lib0's xoroshiro is seeded through xorshift32, which is stuck at 0 for seed 0.
    if (!Number.isInteger(seed) || seed <= 0) throw new Error('seeds are positive integers');
    this.gen = prng.create(seed);
    server.health.loadsFail = options.outageFailsLoads;
  }

  async setUp(clientCount: number): Promise<void> {
    const initial = new Y.Doc();
    initial.clientID = 1;
    initPlan(initial, { title: 'Temaplan for medborgerskap', municipality: 'Asker' });
    this.docName = await this.server.createPlan('fuzz', Y.encodeStateAsUpdate(initial));
    initial.destroy();
    // Half the runs start on a database with latency, where commits wait for the fuzzer.
    this.server.health.slow = prng.bool(this.gen);
    for (let index = 0; index < clientCount; index++) this.addClient();
  }

  /** One random step. */
  async step(): Promise<void> {
    const roll = prng.int32(this.gen, 0, 999);
    if (roll < 300) this.edit();
    else if (roll < 520) this.deliver('server');
    else if (roll < 740) this.deliver('client');
    else if (roll < 770) await this.turns(prng.int32(this.gen, 1, 3));
    else if (roll < 800) this.commit();
    else if (roll < 880) this.advance(prng.int32(this.gen, 1, 300));
    else if (roll < 890) this.advance(prng.int32(this.gen, 1_000, 20_000));
    else if (roll < 920) this.disconnect();
    else if (roll < 970) this.reconnect();
    else if (roll < 985) this.presence();
    else if (roll < 989) this.reload();
    else if (roll < 993) this.remount();
    else if (roll < 995) await this.restart(false);
    else if (roll < 998) await this.restart(true);
    else if (roll < 999) this.outage(!this.server.health.down);
    else this.slowStorage(!this.server.health.slow);
    if (this.server.health.down && prng.int32(this.gen, 0, 30) === 0) this.outage(false);
    // Handlers continue in microtasks (loads, acks); let them, as the event loop would.
    await Promise.resolve();
  }

  /**
   * Heals the world: everyone reconnects, every message is delivered and time passes until a
   * whole round moves no document data and every client is at rest (saved, or refused for good).
   */
  async heal(maxRounds = 100): Promise<void> {
    this.trace.push('heal');
    this.outage(false);
    for (let round = 0; round < maxRounds; round++) {
      for (const client of this.clients) if (!client.online) this.connect(client);
      let moved = await this.drain();
      this.advance(2_000);
      moved += await this.drain();
      // A client waiting out a retry backoff (up to 45 s) is not at rest yet.
      const resting = this.clients.every((client) =>
        ['saved', 'error'].includes(client.provider.status.state),
      );
      if (moved === 0 && this.server.busy === 0 && resting) return;
    }
    throw new InvariantViolation(`the world did not settle within ${maxRounds} rounds of healing`);
  }

  /** What must hold once healed. */
  async checkHealed(): Promise<void> {
    const stored = await this.server.loadStored(this.docName);
    try {
      checkNothingPending(stored, 'the stored document');
      for (const client of this.clients) {
        const status = client.provider.status;
        if (status.state !== 'saved') {
          throw new InvariantViolation(
            `${client.name} shows ${JSON.stringify(status)} after healing`,
          );
        }
        checkNothingPending(client.doc, client.name);
        checkSameDoc(client.doc, stored, client.name);
      }
      if (this.server.store.isLoaded(this.docName)) {
        const live = await this.server.store.open(this.docName);
        try {
          checkNothingPending(live.doc, "the server's live document");
          checkSameDoc(live.doc, stored, "the server's live document");
        } finally {
          this.server.store.release(this.docName);
        }
      }
      checkAckedStored(this.acked, stored);
    } finally {
      stored.destroy();
    }
  }

  /** What must hold after every step. */
  checkStep(): void {
    this.checkSavedIsStored();
    // An update the server cannot integrate is refused, never parked in memory.
    for (const doc of this.server.liveDocs) checkNothingPending(doc, "the server's live document");
  }

  /** "Saved" is never shown for a change that is not committed. */
  private checkSavedIsStored(): void {
    const committed = this.server.committed.get(this.docName);
    if (!committed) return;
    for (const client of this.clients) {
      if (client.provider.status.state !== 'saved') continue;
      const missing = ownInsertionsMissing(client.doc, committed);
      if (missing > 0) {
        throw new InvariantViolation(
          `${client.name} shows "saved" while storage lacks ${missing} of its insertions`,
        );
      }
    }
  }

  destroy(): void {
    for (const client of this.clients) client.destroy();
  }

  private newId(prefix: string): string {
    for (;;) {
      const id = `${prefix}-${prng.word(this.gen, 6, 6)}`;
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }

  private addClient(): FuzzClient {
    const client = this.newClient(`client${this.clients.length}`);
    this.clients.push(client);
    this.connect(client);
    return client;
  }

  private newClient(name: string): FuzzClient {
    return new FuzzClient(name, this.nextClientId++, this.docName, {
      stored: (update) => {
        this.acked.push({ client: name, update });
        this.counts.acked++;
      },
      refused: (code) => (this.refusals[code] = (this.refusals[code] ?? 0) + 1),
    });
  }

  private connect(client: FuzzClient): void {
    const link = new Link(`link${this.nextLinkId++}`);
    this.server.accept(link);
    client.connect(link, prng.int32(this.gen, 0, 3) === 0);
  }

  private pick<T>(items: T[]): T | null {
    return items.length > 0 ? prng.oneOf(this.gen, items) : null;
  }

  private edit(): void {
    // People edit once the plan has opened (from the server or, offline, from this device).
    const client = this.pick(this.clients.filter((candidate) => candidate.loaded));
    if (!client) return;
    const name = randomEdit({ gen: this.gen, newId: (prefix) => this.newId(prefix) }, client.doc);
    this.counts.edits++;
    this.trace.push(`${client.name} ${name}${client.online ? '' : ' (offline)'}`);
  }

  private links(): Link[] {
    return this.clients.flatMap((client) => {
      const link = client.connection.currentLink;
      return link ? [link] : [];
    });
  }

  /** Moves the next 1–4 messages on one link, in one direction (order kept within a link). */
  private deliver(direction: 'server' | 'client'): void {
    const queue = (link: Link) => (direction === 'server' ? link.toServer : link.toClient);
    const link = this.pick(this.links().filter((candidate) => queue(candidate).length > 0));
    if (!link) return;
    const count = Math.min(prng.int32(this.gen, 1, 4), queue(link).length);
    this.trace.push(`deliver ${count} to ${direction} on ${link.id}`);
    for (let index = 0; index < count && link.alive; index++) {
      if (direction === 'server') link.deliverToServer();
      else link.deliverToClient();
      this.counts.delivered++;
    }
  }

  /** Delivers everything in flight in random order; returns how many non-presence messages moved. */
  private async drain(): Promise<number> {
    let moved = 0;
    for (let iteration = 0; iteration < 2_000; iteration++) {
      const busy = this.links().filter((link) => link.inFlight > 0);
      if (busy.length === 0) {
        if (this.server.busy === 0) return moved;
        // The server waits for storage: a slow commit, or a retry after a failure (fake clock).
        this.server.commitOne();
        await nextTurn();
        if (iteration % 4 === 3) vi.advanceTimersByTime(250);
        continue;
      }
      const link = prng.oneOf(this.gen, busy);
      const toServer =
        link.toServer.length > 0 && (link.toClient.length === 0 || prng.bool(this.gen));
      // Presence keeps flowing on its own timers; only the rest says the world is still moving.
      const head = toServer ? link.toServer[0] : link.toClient[0];
      if (head && !('event' in head && head.event === 'awareness')) moved++;
      if (toServer) link.deliverToServer();
      else link.deliverToClient();
      await Promise.resolve();
      if (prng.int32(this.gen, 0, 3) === 0) await nextTurn();
    }
    throw new InvariantViolation('messages kept coming while draining (a resend loop?)');
  }

  private async turns(count: number): Promise<void> {
    this.trace.push(`${count} turn(s)`);
    for (let index = 0; index < count; index++) await nextTurn();
  }

  private advance(ms: number): void {
    this.trace.push(`+${ms} ms`);
    vi.advanceTimersByTime(ms);
  }

  private disconnect(): void {
    const client = this.pick(this.clients.filter((candidate) => candidate.online));
    if (!client) return;
    this.trace.push(`${client.name} disconnects`);
    this.counts.disconnects++;
    client.connection.currentLink?.cut();
  }

  private reconnect(): void {
    const client = this.pick(this.clients.filter((candidate) => !candidate.online));
    if (!client) return;
    this.trace.push(`${client.name} reconnects`);
    this.connect(client);
  }

  private presence(): void {
    const client = this.pick(this.clients);
    if (!client) return;
    client.awareness.setLocalStateField('cursor', prng.int32(this.gen, 0, 1_000));
  }

  /** A browser without local storage reloads: a new person with an empty document. */
  private reload(): void {
    const index = prng.int32(this.gen, 0, this.clients.length - 1);
    const old = this.clients[index];
    if (!old) return;
    old.destroy();
    const client = this.newClient(`${old.name}'`);
    this.clients[index] = client;
    this.connect(client);
    this.counts.reloads++;
    this.trace.push(`${old.name} reloads as ${client.name}`);
  }

  /**
   * The page re-opens the plan on the same document and connection. Only once the previous
   * provider's join was answered, unless `remountWhileJoining`: a second join while the first is
   * still under way is refused ('already joining') and the provider stays in error (see README
   * in this folder).
   */
  private remount(): void {
    const settled = (client: FuzzClient) =>
      client.provider.status.state !== 'connecting' && client.provider.status.state !== 'syncing';
    const client = this.pick(
      this.clients.filter((candidate) => this.options.remountWhileJoining || settled(candidate)),
    );
    if (!client) return;
    this.trace.push(`${client.name} remounts`);
    client.remount();
  }

  /** Lets the oldest write waiting on a slow database commit. */
  private commit(): void {
    if (this.server.commitOne()) this.trace.push('storage commits');
  }

  /** The database becomes slow (each write waits for a 'commit' step) or fast again. */
  private slowStorage(slow: boolean): void {
    this.trace.push(slow ? 'storage is slow' : 'storage is fast');
    this.server.health.slow = slow;
    if (!slow) while (this.server.commitOne());
  }

  /** The database goes away (writes and loads fail) or comes back. */
  private outage(down: boolean): void {
    if (this.server.health.down === down) return;
    this.trace.push(down ? 'storage goes down' : 'storage is back');
    if (down) this.counts.outages++;
    this.server.health.down = down;
  }

  private async restart(crash: boolean): Promise<void> {
    this.trace.push(crash ? 'server crashes' : 'server restarts');
    if (crash) this.counts.crashes++;
    else this.counts.restarts++;
    await this.server.restart(crash);
  }
}
