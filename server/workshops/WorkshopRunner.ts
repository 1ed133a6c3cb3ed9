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
import { storedOrigin } from '../docs/DocLifecycle';
import type { InviteStorage, LockStorage, MemberStorage, WorkshopStorage } from '../storage/Storage';
import { TokenBucket } from '../../shared/protocol/TokenBucket';
import { CommandQueues } from './CommandQueues';
import { endMergedParticipant, type MergeAccess } from './endMergedParticipant';
import { singleServerReplicas, type WorkshopReplicas } from './WorkshopReplicas';

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
  /** With several servers, how a command catches up with the others' (default: one server). */
  replicas?: WorkshopReplicas;
  /** Commands queued per workshop before more are refused (default `MAX_QUEUED_COMMANDS`). */
  maxQueuedCommands?: number;
  onError?: (error: unknown, context: string) => void;
  /** Clock for the rate limit (tests). */
  now?: () => number;
  /** Ends a merged guest's sessions on every server and audits merges (the app wires it). */
  access?: MergeAccess;
}

/**
 * Every attendee may send a burst of commands (`Limits.workshopCommandBurst`); this is well
 * above what a large workshop queues at once, and a bound on what a flood can hold in memory.
 */
export const MAX_QUEUED_COMMANDS = 500;

type Reply = (ack: WorkshopAck) => void;

/** What the socket edge tells the workshops about each connection (the composition root wires it). */
export interface WorkshopEndpoint {
  entered(conn: WorkshopConnection, doc: string): Promise<void>;
  left(conn: WorkshopConnection, doc: string): void;
  closed(conn: WorkshopConnection): void;
  command(conn: WorkshopConnection, doc: unknown, input: unknown, reply: Reply): Promise<void>;
}

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
// Not answerPoll: an answer changes the poll breakdown others who answered (and hosts) are sent.
const OWN_VIEW_ONLY: ReadonlySet<string> = new Set(['addNote', 'editNote', 'deleteNote', 'vote', 'unvote']);

/**
 * Commands that change no one's private view (it holds notes, votes, answers and poll breakdowns,
 * none of which the timer, "follow me" or pens down touch). Recomputing all views after every
 * timer change was ~15 % of the server's time with 200 participants (bench W4).
 */
const NO_PRIVATE_CHANGE: ReadonlySet<string> = new Set([
  'timerStart',
  'timerPause',
  'timerResume',
  'timerAddMinutes',
  'setFollowMe',
  'lockInput',
  'unlockInput',
]);

/**
 * Runs workshops: applies each person's commands to the workshop's public and private docs,
 * one command at a time per workshop (vote budgets and limits are checked against the state
 * the command lands on, so there must be a single writer), acks once stored, and keeps every
 * connected person's private view current. Knows nothing of Socket.IO (see socketEdge.ts).
 */
export class WorkshopRunner implements WorkshopEndpoint {
  private readonly attended = new Map<string, Attended>();
  private readonly queues: CommandQueues;
  private readonly replicas: WorkshopReplicas;
  private readonly rates = new Map<string, TokenBucket>();
  /** Connections that closed: one still being let in is not registered after all. */
  private readonly gone = new WeakSet<WorkshopConnection>();
  /** Workshop docs each connection is being let into (one token per entry), until it is registered. */
  private readonly entering = new WeakMap<WorkshopConnection, Map<string, symbol>>();

  constructor(private readonly deps: RunnerDeps) {
    this.queues = new CommandQueues(deps.storage.locks, deps.maxQueuedCommands ?? MAX_QUEUED_COMMANDS);
    this.replicas = deps.replicas ?? singleServerReplicas;
  }

  /** Connections attending the workshop on this server (tests and diagnostics). */
  attendeesOf(workshopId: string): number {
    return this.attended.get(workshopId)?.attendees.size ?? 0;
  }

  /**
   * Called once a connection has joined `doc` (access already granted): joins the person to
   * the workshop and sends their private view. Never rejects.
   */
  async entered(conn: WorkshopConnection, doc: string): Promise<void> {
    // Closed before it was let in (e.g. while the socket's join was still being answered).
    if (this.gone.has(conn)) return;
    let entering = this.entering.get(conn);
    if (!entering) this.entering.set(conn, (entering = new Map<string, symbol>()));
    const token = Symbol(doc);
    entering.set(doc, token);
    try {
      const parsed = parseDocName(doc);
      const participantId = participantIdOf(conn.identity);
      if (parsed?.kind !== 'workshop' || participantId === null) return;
      const record = await this.deps.storage.workshops.getWorkshop(parsed.id);
      // Left or closed while the record was read: registering now would outlive the connection.
      if (!record || entering.get(doc) !== token || this.gone.has(conn)) return;
      let workshop = this.attended.get(record.id);
      if (!workshop) {
        workshop = { id: record.id, planId: record.planId, attendees: new Map(), unwatch: null };
        this.attended.set(record.id, workshop);
        if (this.replicas.clustered) this.watchOtherServers(workshop);
      }
      workshop.attendees.set(conn.id, { conn, participantId, lastView: null });
      const attended = workshop;
      const join = joinCommandFor(conn.identity);
      // Always queued: the server's own work for someone who came in, not a command to refuse.
      await this.queues.run(record.id, () => this.apply(attended, conn, join, () => undefined), true);
    } catch (error) {
      this.deps.onError?.(error, `joining ${doc}`);
    } finally {
      if (entering.get(doc) === token) entering.delete(doc);
    }
  }

  /** The connection left the workshop doc (or lost access to it). */
  left(conn: WorkshopConnection, doc: string): void {
    this.entering.get(conn)?.delete(doc);
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
    const pubName = workshopDocName(workshop.id);
    let stopped = false;
    let scheduled = false;
    let opened: LiveDoc | null = null;
    let openedPub: LiveDoc | null = null;
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== storedOrigin || scheduled || !opened) return;
      // One push for a burst of relayed updates; unchanged views are not resent anyway.
      scheduled = true;
      const priv = opened;
      const pub = openedPub;
      setImmediate(() => {
        scheduled = false;
        if (!stopped && pub) this.pushViews(workshop, pub.doc, priv.doc, null);
      });
    };
    workshop.unwatch = () => {
      stopped = true;
      opened?.doc.off('update', onUpdate);
      if (opened) this.deps.docs.release(privName);
      if (openedPub) this.deps.docs.release(pubName);
    };
    // The public doc too: a private view's poll breakdowns depend on it (kinds/poll).
    Promise.all([this.deps.docs.open(privName), this.deps.docs.open(pubName)]).then(
      ([live, livePub]) => {
        if (stopped) {
          this.deps.docs.release(privName);
          this.deps.docs.release(pubName);
          return;
        }
        opened = live;
        openedPub = livePub;
        live.doc.on('update', onUpdate);
      },
      (error: unknown) => this.deps.onError?.(error, `watching ${privName}`),
    );
  }

  /** The connection closed: it leaves every workshop. */
  closed(conn: WorkshopConnection): void {
    this.gone.add(conn);
    this.entering.delete(conn);
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
    const queued = this.queues.run(workshop.id, () => this.apply(workshop, conn, command, once));
    if (!queued) return once(refuse(ErrorCode.RateLimited, 'the workshop has too many commands waiting; try again shortly'));
    try {
      await queued;
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
        // Another server may have run the previous command: decide on what it committed, not on
        // what the relay has delivered so far (the lock makes that the current state).
        const replicas = [pub, priv];
        const lockKey = `workshop:${workshop.id}`;
        await this.replicas.beforeCommand(lockKey, replicas);
        // Told only of a committed state; when storage fails the next command reads storage.
        const committed = () =>
          docs.whenDurable().then(
            () => this.replicas.afterCommand(lockKey, replicas),
            () => undefined,
          );
        // Left or closed during the steps above: nothing is decided, nor sent, for them.
        if (workshop.attendees.get(conn.id) !== attendee) {
          await committed();
          return reply(refuse(ErrorCode.NotJoined, 'left the workshop'));
        }
        const result = applyCommand(pub.doc, priv.doc, actor, command, {
          now: Date.now(),
          newId,
          seed: randomInt(1, 0x7fffffff),
        });
        if (!result.ok) {
          reply(result);
          await committed();
          // Even a refused join tells the person what is theirs (e.g. after being removed).
          if (command.type === 'join') this.pushViews(workshop, pub.doc, priv.doc, { connId: conn.id });
          return;
        }
        try {
          await docs.whenDurable();
          // The list shows the stored title; keep it in step with the document's.
          if (command.type === 'configure' && command.title !== undefined) {
            await this.deps.storage.workshops.renameWorkshop(workshop.id, readMeta(pub.doc).title);
          }
          reply(result);
          await committed();
          // The merged person is in the workshop as the kept one now: their other device leaves.
          if (command.type === 'mergeParticipants' && this.deps.access) {
            await endMergedParticipant(this.deps.access, conn.identity, workshop, command).catch((error: unknown) =>
              this.deps.onError?.(error, 'ending a merged participant’s sessions'),
            );
          }
        } catch (error) {
          this.deps.onError?.(error, `storing ${pubName}`);
          reply(refuse(ErrorCode.StorageFailed, 'the change could not be stored'));
        }
        // A reveal or a removal changes others' views too; unchanged views are not resent. A note,
        // vote or answer changes only its author's, so only theirs is recomputed (the rest was
        // half of a 60-person workshop's server time, bench W4).
        if (NO_PRIVATE_CHANGE.has(command.type)) return;
        const participantId = participantIdOf(conn.identity);
        this.pushViews(
          workshop,
          pub.doc,
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
    pub: Parameters<typeof myPrivateView>[0],
    priv: Parameters<typeof myPrivateView>[0],
    only: { connId: string } | { participantId: string } | null,
  ): void {
    const doc = workshopDocName(workshop.id);
    for (const [connId, attendee] of workshop.attendees) {
      if (only && 'connId' in only && connId !== only.connId) continue;
      if (only && 'participantId' in only && attendee.participantId !== only.participantId) continue;
      const view = myPrivateView(priv, attendee.participantId, pub);
      const json = JSON.stringify(view);
      if (json === attendee.lastView) continue;
      attendee.lastView = json;
      attendee.conn.sendPrivate(doc, view);
    }
  }
}
