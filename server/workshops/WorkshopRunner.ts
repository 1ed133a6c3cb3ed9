import { randomInt } from 'node:crypto';
import {
  applyCommand,
  myPrivateView,
  parseCommand,
  privateDocName,
  readMeta,
  WorkshopErrorCode,
  WorkshopLimits,
  workshopDocName,
  type Actor,
  type MyPrivateView,
  type WorkshopCommand,
} from '../../shared/workshop';
import { ErrorCode, Limits, idSchema, parseDocName, type WorkshopAck } from '../../shared/protocol';
import { newId } from '../../shared/plan/items';
import type { Identity } from '../auth/identity';
import { roleIn } from '../auth/planRoles';
import type { DocStore, LiveDoc } from '../docs/DocStore';
import type { InviteStorage, LockStorage, MemberStorage, WorkshopStorage } from '../storage/Storage';
import { relayedOrigin } from '../cluster/DocRelay';
import { TokenBucket } from '../realtime/TokenBucket';

/** The runner's view of one connection (the socket edge implements it). */
export interface WorkshopConnection {
  readonly id: string;
  readonly identity: Identity;
  /** Sends this person their own private view; never called with anyone else's. */
  sendPrivate(doc: string, view: MyPrivateView): void;
}

export interface RunnerDeps {
  docs: DocStore;
  storage: { workshops: WorkshopStorage; members: MemberStorage; invites: InviteStorage; locks: LockStorage };
  onError?: (error: unknown, context: string) => void;
  /** Clock for the rate limit (tests). */
  now?: () => number;
}

type Reply = (ack: WorkshopAck) => void;

interface Attendee {
  conn: WorkshopConnection;
  participantId: string;
  /** The private view last sent, so an unchanged view is not sent again after every command. */
  lastView: string | null;
}

interface Attended {
  id: string;
  planId: string;
  /** By connection id: one person with two tabs is two attendees with one participant id. */
  attendees: Map<string, Attendee>;
  /** With several servers: stops watching the private doc for commands run on other servers. */
  unwatch: (() => void) | null;
}

const refuse = (code: ErrorCode, message: string): WorkshopAck => ({ ok: false, code, message });

/**
 * Workshop participant ids are the person's principal with '-' for ':': the core's ids may not
 * contain ':' (its composite keys and `removeParticipant` rely on it), and the prefix keeps
 * user and guest ids apart. Null when an id would not fit the id pattern.
 */
export function participantIdOf(identity: Identity): string | null {
  const id = identity.kind === 'user' ? `user-${identity.user.id}` : identity.kind === 'guest' ? `guest-${identity.guest.id}` : null;
  return id !== null && idSchema.safeParse(id).success ? id : null;
}

/** The join command the server sends on someone's behalf: name and association from who they are. */
function joinCommandFor(identity: Identity): WorkshopCommand {
  const name = identity.kind === 'user' ? identity.user.name : identity.kind === 'guest' ? identity.guest.displayName : '';
  const association = identity.kind === 'guest' ? identity.guest.association : null;
  const parsed = parseCommand({
    type: 'join',
    name: name.replace(/\s+/g, ' ').trim().slice(0, WorkshopLimits.personName) || 'Deltaker',
    association: association?.replace(/\s+/g, ' ').trim().slice(0, WorkshopLimits.association) || null,
  });
  return parsed.ok ? parsed.command : { type: 'join', name: 'Deltaker', association: null };
}

/** Commands that change only their author's private view (their notes, votes, answers). */
const OWN_VIEW_ONLY: ReadonlySet<string> = new Set(['addNote', 'editNote', 'deleteNote', 'vote', 'unvote', 'answerPoll']);

/**
 * Runs workshops: applies each person's commands to the workshop's public and private docs,
 * one command at a time per workshop (vote budgets and limits are checked against the state
 * the command lands on, so there must be a single writer), acks once stored, and keeps every
 * connected person's private view current. Knows nothing of Socket.IO (see socketEdge.ts).
 */
export class WorkshopRunner {
  private readonly attended = new Map<string, Attended>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly rates = new Map<string, TokenBucket>();

  constructor(private readonly deps: RunnerDeps) {}

  /**
   * Called once a connection has joined `doc` (access already granted): joins the person to
   * the workshop and sends their private view. Never rejects.
   */
  async entered(conn: WorkshopConnection, doc: string): Promise<void> {
    try {
      const parsed = parseDocName(doc);
      const participantId = participantIdOf(conn.identity);
      if (parsed?.kind !== 'workshop' || participantId === null) return;
      const record = await this.deps.storage.workshops.getWorkshop(parsed.id);
      if (!record) return;
      let workshop = this.attended.get(record.id);
      if (!workshop) {
        workshop = { id: record.id, planId: record.planId, attendees: new Map(), unwatch: null };
        this.attended.set(record.id, workshop);
        if (this.deps.docs.clustered) this.watchOtherServers(workshop);
      }
      workshop.attendees.set(conn.id, { conn, participantId, lastView: null });
      const attended = workshop;
      await this.serialised(record.id, () => this.apply(attended, conn, joinCommandFor(conn.identity), () => undefined));
    } catch (error) {
      this.deps.onError?.(error, `joining ${doc}`);
    }
  }

  /** The connection left the workshop doc (or lost access to it). */
  left(conn: WorkshopConnection, doc: string): void {
    const parsed = parseDocName(doc);
    if (parsed?.kind !== 'workshop') return;
    const workshop = this.attended.get(parsed.id);
    if (!workshop) return;
    workshop.attendees.delete(conn.id);
    if (workshop.attendees.size === 0) {
      this.attended.delete(parsed.id);
      workshop.unwatch?.();
    }
  }

  /**
   * A command run on another server changes the private doc there; the relay brings the change
   * here, and the people connected here get their new private view. The private doc is held
   * open while anyone here attends, so the relay keeps delivering.
   */
  private watchOtherServers(workshop: Attended): void {
    const privName = privateDocName(workshop.id);
    let stopped = false;
    let scheduled = false;
    let opened: LiveDoc | null = null;
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== relayedOrigin || scheduled || !opened) return;
      // One push for a burst of relayed updates; unchanged views are not resent anyway.
      scheduled = true;
      const priv = opened;
      setImmediate(() => {
        scheduled = false;
        if (!stopped) this.pushViews(workshop, priv.doc, null);
      });
    };
    workshop.unwatch = () => {
      stopped = true;
      opened?.doc.off('update', onUpdate);
      if (opened) this.deps.docs.release(privName);
    };
    this.deps.docs.open(privName).then(
      (live) => {
        if (stopped) {
          this.deps.docs.release(privName);
          return;
        }
        opened = live;
        live.doc.on('update', onUpdate);
      },
      (error: unknown) => this.deps.onError?.(error, `watching ${privName}`),
    );
  }

  /** The connection closed: it leaves every workshop. */
  closed(conn: WorkshopConnection): void {
    this.rates.delete(conn.id);
    for (const workshop of [...this.attended.values()]) this.left(conn, workshopDocName(workshop.id));
  }

  /** Applies one command from `conn` and replies exactly once. Never rejects. */
  async command(conn: WorkshopConnection, doc: unknown, input: unknown, reply: Reply): Promise<void> {
    let replied = false;
    const once: Reply = (ack) => {
      if (replied) return;
      replied = true;
      reply(ack);
    };
    const parsedDoc = typeof doc === 'string' ? parseDocName(doc) : null;
    const workshop = parsedDoc?.kind === 'workshop' ? this.attended.get(parsedDoc.id) : undefined;
    if (!workshop?.attendees.has(conn.id)) return once(refuse(ErrorCode.NotJoined, 'join the workshop document first'));
    if (!this.rateOf(conn).take()) return once(refuse(ErrorCode.RateLimited, 'too many workshop commands; slow down'));
    const parsed = parseCommand(input);
    if (!parsed.ok) return once(parsed);
    // A client's own `join` cannot choose a name: the server joins people as who they are.
    const command = parsed.command.type === 'join' ? joinCommandFor(conn.identity) : parsed.command;
    try {
      await this.serialised(workshop.id, () => this.apply(workshop, conn, command, once));
    } catch (error) {
      this.deps.onError?.(error, `workshop command ${command.type}`);
    }
    once(refuse(ErrorCode.StorageFailed, 'the command could not be applied; try again'));
  }

  private rateOf(conn: WorkshopConnection): TokenBucket {
    let bucket = this.rates.get(conn.id);
    if (!bucket) {
      bucket = new TokenBucket(Limits.workshopCommandsPerSecond, Limits.workshopCommandBurst, this.deps.now);
      this.rates.set(conn.id, bucket);
    }
    return bucket;
  }

  /**
   * Runs `task` after every earlier task of this workshop has finished, here and on every other
   * server sharing the storage (the lock); rejects as `task` does.
   */
  private serialised(workshopId: string, task: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(workshopId) ?? Promise.resolve();
    const result = previous.then(() => this.deps.storage.locks.withLock(`workshop:${workshopId}`, task));
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(workshopId, tail);
    void tail.then(() => {
      if (this.queues.get(workshopId) === tail) this.queues.delete(workshopId);
    });
    return result;
  }

  /** One command against the workshop's current state; the caller serialises. */
  private async apply(workshop: Attended, conn: WorkshopConnection, command: WorkshopCommand, reply: Reply): Promise<void> {
    const attendee = workshop.attendees.get(conn.id);
    if (!attendee) return reply(refuse(ErrorCode.NotJoined, 'left the workshop'));
    // Read fresh for every command: a role change or a revoked link counts from the next one.
    const role = await roleIn(conn.identity, workshop.planId, this.deps.storage);
    if (!role) return reply({ ok: false, code: WorkshopErrorCode.Forbidden, message: 'no role in this plan' });
    const actor: Actor = { participantId: attendee.participantId, role };
    const pubName = workshopDocName(workshop.id);
    const privName = privateDocName(workshop.id);
    const { docs } = this.deps;
    const pub = await docs.open(pubName);
    try {
      const priv = await docs.open(privName);
      try {
        // Another server may have run the previous command: decide on what is stored, not on
        // what the relay has delivered so far (the lock makes that the current state).
        await docs.catchUpFromStorage(pub);
        await docs.catchUpFromStorage(priv);
        const result = applyCommand(pub.doc, priv.doc, actor, command, {
          now: Date.now(),
          newId,
          seed: randomInt(1, 0x7fffffff),
        });
        if (!result.ok) {
          reply(result);
          // Even a refused join tells the person what is theirs (e.g. after being removed).
          if (command.type === 'join') this.pushViews(workshop, priv.doc, { connId: conn.id });
          return;
        }
        try {
          await docs.whenDurable();
          // The list shows the stored title; keep it in step with the document's.
          if (command.type === 'configure' && command.title !== undefined) {
            await this.deps.storage.workshops.renameWorkshop(workshop.id, readMeta(pub.doc).title);
          }
          reply(result);
        } catch (error) {
          this.deps.onError?.(error, `storing ${pubName}`);
          reply(refuse(ErrorCode.StorageFailed, 'the change could not be stored'));
        }
        // A reveal or a removal changes others' views too; unchanged views are not resent. A note,
        // vote or answer changes only its author's, so only theirs is recomputed (the rest was
        // half of a 60-person workshop's server time, bench W4).
        const participantId = participantIdOf(conn.identity);
        this.pushViews(
          workshop,
          priv.doc,
          OWN_VIEW_ONLY.has(command.type) && participantId !== null ? { participantId } : null,
        );
      } finally {
        docs.release(privName);
      }
    } finally {
      docs.release(pubName);
    }
  }

  private pushViews(
    workshop: Attended,
    priv: Parameters<typeof myPrivateView>[0],
    only: { connId: string } | { participantId: string } | null,
  ): void {
    const doc = workshopDocName(workshop.id);
    for (const [connId, attendee] of workshop.attendees) {
      if (only && 'connId' in only && connId !== only.connId) continue;
      if (only && 'participantId' in only && attendee.participantId !== only.participantId) continue;
      const view = myPrivateView(priv, attendee.participantId);
      const json = JSON.stringify(view);
      if (json === attendee.lastView) continue;
      attendee.lastView = json;
      attendee.conn.sendPrivate(doc, view);
    }
  }
}
