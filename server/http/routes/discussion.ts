import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  discussionSettingsSchema,
  threadsSeenSchema,
  type DiscussionPeopleResponse,
  type DiscussionSettingsResponse,
  type SinceLastVisitResponse,
  type ThreadsSeenResponse,
} from '../../../shared/api/discussion';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import type { Role } from '../../../shared/auth/roles';
import { mayDecide, mayReadDiscussion } from '../../../shared/discussion/permissions';
import type { DiscussionSettings, Person } from '../../../shared/discussion/types';
import { personOf, planPeople } from '../../discussions/person';
import { sinceLastVisit } from '../../discussions/sinceLastVisit';
import { readDiscussion } from '../../discussions/readDiscussion';
import type { DocStore } from '../../docs/DocStore';
import type { PlanRecord } from '../../storage/Storage';
import { liveSnapshot } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';

type Params = { Params: { id: string } };


export interface DiscussionRouteDeps {
  docs: DocStore;
  /** Mirrors new settings into the discussion document, for live display (wired by the composition root). */
  onSettingsChanged?: (planId: string, settings: DiscussionSettings) => Promise<void> | void;
}

/**
 * The HTTP side of a plan's deliberation (the threads themselves are a read-only document plus
 * socket commands): whom to mention, the owner's settings, what each reader has seen, and what
 * is new since their last visit.
 */
export function discussionRoutes(app: FastifyInstance, auth: AuthContext, deps: DiscussionRouteDeps): void {
  const { storage } = auth;

  /** The plan, the caller's role and who they are in the discussion; or null with an error sent. */
  async function requireReader(
    request: FastifyRequest<Params>,
    reply: FastifyReply,
  ): Promise<{ plan: PlanRecord; role: Role; me: Person } | null> {
    const found = await requirePlan(request, reply, auth, request.params.id, null);
    if (!found) return null;
    const me = personOf(request.identity);
    if (!mayReadDiscussion(found.role) || !me) {
      void sendError(reply, 403, ApiErrorCode.Forbidden, 'Your role in this plan does not include its discussion');
      return null;
    }
    return { ...found, me };
  }

  app.get<Params>('/api/plans/:id/discussion/people', async (request, reply) => {
    const found = await requireReader(request, reply);
    if (!found) return reply;
    return { me: found.me, people: await planPeople(storage, found.plan.id) } satisfies DiscussionPeopleResponse;
  });

  app.get<Params>('/api/plans/:id/discussion/settings', async (request, reply) => {
    const found = await requireReader(request, reply);
    if (!found) return reply;
    return { settings: await storage.plans.getDiscussionSettings(found.plan.id) } satisfies DiscussionSettingsResponse;
  });

  app.put<Params>('/api/plans/:id/discussion/settings', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, null);
    if (!found) return reply;
    if (found.role !== 'owner') return sendError(reply, 403, ApiErrorCode.Forbidden, 'Only the plan’s owner may change how it is discussed');
    const body = discussionSettingsSchema.safeParse(request.body);
    if (!body.success) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'observersMayComment, editorsMayDecide and suggestOnly must all be true or false');
    }
    const planId = found.plan.id;
    await storage.plans.setDiscussionSettings(planId, body.data);
    // Suggest-only turns editors' and facilitators' plan access to read: recheck open connections now.
    auth.changes.publish({ kind: 'plan', planId });
    auth.audit.record(AuditAction.DiscussionSettingsChanged, request.identity, planId, { ...body.data });
    try {
      await deps.onSettingsChanged?.(planId, body.data);
    } catch (error) {
      // The stored settings decide every command; the document's copy is only for display.
      request.log.error({ err: error, planId }, 'mirroring discussion settings into the discussion document');
    }
    return { settings: await storage.plans.getDiscussionSettings(planId) } satisfies DiscussionSettingsResponse;
  });

  app.get<Params>('/api/plans/:id/discussion/seen', async (request, reply) => {
    const found = await requireReader(request, reply);
    if (!found) return reply;
    const reader = await storage.readers.getReader(found.plan.id, found.me.id);
    return { seen: reader?.seenThreads ?? {} } satisfies ThreadsSeenResponse;
  });

  app.post<Params>('/api/plans/:id/discussion/seen', async (request, reply) => {
    const found = await requireReader(request, reply);
    if (!found) return reply;
    const body = threadsSeenSchema.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, ApiErrorCode.BadRequest, 'threads: 1–500 of { threadId, at }');
    await storage.readers.markSeen(found.plan.id, found.me.id, body.data.threads);
    return reply.status(204).send();
  });

  app.get<Params>('/api/plans/:id/since-last-visit', async (request, reply) => {
    const found = await requireReader(request, reply);
    if (!found) return reply;
    const planId = found.plan.id;
    const now = Date.now();
    const [reader, settings] = await Promise.all([
      storage.readers.getReader(planId, found.me.id),
      storage.plans.getDiscussionSettings(planId),
    ]);
    const lastVisitAt = reader?.lastVisitAt ?? null;
    const editors = lastVisitAt === null ? new Map<string, string[]>() : await storage.editLog.editorsBetween(planId, lastVisitAt, now);
    // The plan is opened only to place and name changed sections.
    const plan = editors.size > 0 ? await liveSnapshot(deps.docs, planId, request.log) : null;
    return sinceLastVisit({
      lastVisitAt,
      me: found.me.id,
      mayDecide: mayDecide(found.role, settings),
      discussion: await readDiscussion(deps.docs, planId),
      editors,
      plan,
    }) satisfies SinceLastVisitResponse;
  });

  app.post<Params>('/api/plans/:id/visit', async (request, reply) => {
    const found = await requireReader(request, reply);
    if (!found) return reply;
    await storage.readers.recordVisit(found.plan.id, found.me.id, Date.now());
    return reply.status(204).send();
  });
}
