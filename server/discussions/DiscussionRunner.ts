import { applyDiscussionCommand, startThreadFromWorkshop, type DiscussionActor, type DiscussionResult } from '../../shared/discussion/apply';
import { parseDiscussionCommand, type DiscussionCommand } from '../../shared/discussion/commands';
import { DiscussionErrorCode } from '../../shared/discussion/errors';
import { discussionDocName, settingsMap } from '../../shared/discussion/keys';
import type { DiscussionSettings, SectionRef } from '../../shared/discussion/types';
import type { Provenance } from '../../shared/plan/provenance';
import { newId } from '../../shared/plan/items';
import { ErrorCode, Limits, parseDocName, planDocName, type DiscussionAck } from '../../shared/protocol';
import type { Identity } from '../auth/identity';
import { roleIn } from '../auth/planRoles';
import type { DocStore, LiveDoc } from '../docs/DocStore';
import { TokenBucket } from '../../shared/protocol/TokenBucket';
import type { InviteStorage, LockStorage, MemberStorage, PlanStorage } from '../storage/Storage';
import { CommandQueues } from '../workshops/CommandQueues';
import { singleServerReplicas, type WorkshopReplicas } from '../workshops/WorkshopReplicas';
import { personOf, planPeople } from './person';

/** The runner's view of one connection (the socket edge implements it). */
export interface DiscussionConnection {
  readonly id: string;
  readonly identity: Identity;
}

export interface DiscussionRunnerDeps {
  docs: DocStore;
  storage: { plans: PlanStorage; members: MemberStorage; invites: InviteStorage; locks: LockStorage };
  /** With several servers, how a command catches up with commands run on the others. */
  replicas?: WorkshopReplicas;
  /** Commands queued per plan before more are refused. */
  maxQueuedCommands?: number;
  onError?: (error: unknown, context: string) => void;
  now?: () => number;
}

type Reply = (ack: DiscussionAck) => void;

const refuse = (code: ErrorCode | DiscussionErrorCode, message: string): DiscussionAck => ({ ok: false, code, message });

/** Above what a busy plan queues at once; a bound on what a flood can hold in memory. */
export const MAX_QUEUED_DISCUSSION_COMMANDS = 500;

/**
 * Runs plans' discussions: applies each person's comment and suggestion commands to the plan's
 * discussion document (and, on accept, to the plan document), one command at a time per plan
 * (limits and "already decided" are checked against the state the command lands on), and
 * acknowledges once stored. Role and settings are read fresh for every command, so a role
 * change or a new setting counts from the next one. Knows nothing of Socket.IO.
 */
export class DiscussionRunner {
  private readonly queues: CommandQueues;
  private readonly replicas: WorkshopReplicas;
  private readonly rates = new Map<string, TokenBucket>();

  constructor(private readonly deps: DiscussionRunnerDeps) {
    this.queues = new CommandQueues(deps.storage.locks, deps.maxQueuedCommands ?? MAX_QUEUED_DISCUSSION_COMMANDS, 'discussion');
    this.replicas = deps.replicas ?? singleServerReplicas;
  }

  /** The connection closed: forget its rate limit. */
  closed(conn: DiscussionConnection): void {
    this.rates.delete(conn.id);
  }

  /**
   * Applies one command from `conn` (which the socket edge checked has joined `doc`) and replies
   * exactly once. Never rejects.
   */
  async command(conn: DiscussionConnection, doc: unknown, input: unknown, reply: Reply): Promise<void> {
    let replied = false;
    const once: Reply = (ack) => {
      if (replied) return;
      replied = true;
      reply(ack);
    };
    const parsedDoc = typeof doc === 'string' ? parseDocName(doc) : null;
    if (parsedDoc?.kind !== 'discussion') return once(refuse(ErrorCode.UnknownDocument, 'not a discussion document'));
    if (!this.rateOf(conn).take()) return once(refuse(ErrorCode.RateLimited, 'too many discussion commands; slow down'));
    const parsed = parseDiscussionCommand(input);
    if (!parsed.ok) return once(parsed);
    const planId = parsedDoc.id;
    const queued = this.queues.run(planId, async () => {
      const person = personOf(conn.identity);
      const role = await roleIn(conn.identity, planId, this.deps.storage);
      if (!person || !role) return once(refuse(DiscussionErrorCode.Forbidden, 'no role in this plan'));
      once(await this.apply(planId, { person, role }, (discussion, plan, actor, ctx) => applyDiscussionCommand(discussion, plan, actor, parsed.command, ctx), parsed.command));
    });
    if (!queued) return once(refuse(ErrorCode.RateLimited, 'the plan has too many comments waiting; try again shortly'));
    try {
      await queued;
    } catch (error) {
      this.deps.onError?.(error, `discussion command ${parsed.command.type}`);
    }
    once(refuse(ErrorCode.StorageFailed, 'the command could not be applied; try again'));
  }

  /**
   * A workshop result promoted "as a comment": a thread on the section, carrying its
   * provenance, started by the person who promoted it. Resolves once stored.
   */
  async startThreadFromWorkshop(
    planId: string,
    identity: Identity,
    input: { section: SectionRef; body: string; provenance: Provenance },
  ): Promise<DiscussionAck> {
    let result: DiscussionAck = refuse(ErrorCode.StorageFailed, 'not applied');
    const queued = this.queues.run(
      planId,
      async () => {
        const person = personOf(identity);
        const role = await roleIn(identity, planId, this.deps.storage);
        if (!person || !role) {
          result = refuse(DiscussionErrorCode.Forbidden, 'no role in this plan');
          return;
        }
        result = await this.apply(planId, { person, role }, (discussion, plan, actor, ctx) => startThreadFromWorkshop(discussion, plan, actor, input, ctx));
      },
      true,
    );
    await queued;
    return result;
  }

  /** Writes the owner's new settings into the discussion document, where every reader sees them. */
  async mirrorSettings(planId: string, settings: DiscussionSettings): Promise<void> {
    await this.queues.run(
      planId,
      () =>
        this.withDocs(planId, async (discussion) => {
          discussion.doc.transact(() => {
            const map = settingsMap(discussion.doc);
            for (const [key, value] of Object.entries(settings)) if (map.get(key) !== value) map.set(key, value);
          });
          await this.deps.docs.whenDurable();
        }),
      true,
    );
  }

  private rateOf(conn: DiscussionConnection): TokenBucket {
    let bucket = this.rates.get(conn.id);
    if (!bucket) {
      bucket = new TokenBucket(Limits.discussionCommandsPerSecond, Limits.discussionCommandBurst, this.deps.now);
      this.rates.set(conn.id, bucket);
    }
    return bucket;
  }

  private async withDocs<T>(planId: string, work: (discussion: LiveDoc, plan: LiveDoc) => Promise<T>): Promise<T> {
    const { docs } = this.deps;
    const planName = planDocName(planId);
    const discussionName = discussionDocName(planId);
    const plan = await docs.open(planName);
    try {
      const discussion = await docs.open(discussionName);
      try {
        return await work(discussion, plan);
      } finally {
        docs.release(discussionName);
      }
    } finally {
      docs.release(planName);
    }
  }

  /** One command against the plan's current state; the caller serialises. */
  private apply(
    planId: string,
    actor: DiscussionActor,
    run: (discussion: LiveDoc['doc'], plan: LiveDoc['doc'], actor: DiscussionActor, ctx: Parameters<typeof applyDiscussionCommand>[4]) => DiscussionResult,
    command?: DiscussionCommand,
  ): Promise<DiscussionAck> {
    return this.withDocs(planId, async (discussion, plan) => {
      const lockKey = `discussion:${planId}`;
      const replicas = [discussion, plan];
      // Another server may have run the previous command: decide on what it committed.
      await this.replicas.beforeCommand(lockKey, replicas);
      const committed = () =>
        this.deps.docs.whenDurable().then(
          () => this.replicas.afterCommand(lockKey, replicas),
          () => undefined,
        );
      const [settings, people] = await Promise.all([
        this.deps.storage.plans.getDiscussionSettings(planId),
        command && mentionsIn(command).length > 0 ? planPeople(this.deps.storage, planId) : Promise.resolve([]),
      ]);
      const members = new Set(people.map((person) => person.id));
      const result = run(discussion.doc, plan.doc, actor, {
        now: (this.deps.now ?? Date.now)(),
        newId,
        settings,
        isMember: (id) => members.has(id),
      });
      if (!result.ok) {
        await committed();
        return result;
      }
      try {
        await this.deps.docs.whenDurable();
      } catch (error) {
        this.deps.onError?.(error, `storing ${discussionDocName(planId)}`);
        return refuse(ErrorCode.StorageFailed, 'the change could not be stored');
      }
      await committed();
      return result;
    });
  }
}

function mentionsIn(command: DiscussionCommand): readonly string[] {
  return 'mentions' in command ? command.mentions : [];
}
