import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as Y from 'yjs';
import type { z } from 'zod';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  compareQuerySchema,
  createVersionBodySchema,
  LIVE,
  updateProcessBodySchema,
  type CompareResponse,
  type ProcessResponse,
  type VersionContentResponse,
  type VersionListResponse,
  type VersionResponse,
} from '../../../shared/api/versions';
import { Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import { displayNameOf } from '../../auth/identity';
import type { PlanNotices } from '../../versions/PlanNotices';
import type { DocStore } from '../../docs/DocStore';
import {
  RestoreNotDurable,
  restoreVersion,
  snapshotOfState,
  versionOf,
  withLiveDoc,
} from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';
import { presentProcess, presentVersion } from '../presenters/version';
import { CompareCache } from '../../versions/compareCache';

/** How long a restore waits for storage to commit it before answering that it could not. */
export const RESTORE_DURABLE_WITHIN_MS = 10_000;

type PlanParams = { Params: { id: string } };
type VersionParams = { Params: { id: string; versionId: string } };

/** The parsed input, or null with a 400 already sent. */
function parse<T>(schema: z.ZodType<T>, input: unknown, reply: FastifyReply): T | null {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  void sendError(
    reply,
    400,
    ApiErrorCode.BadRequest,
    result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
  );
  return null;
}

function notFound(reply: FastifyReply, what: string): FastifyReply {
  return sendError(reply, 404, ApiErrorCode.NotFound, what);
}

/**
 * Named versions for the political steps: freeze the live draft, read and compare versions, and
 * restore one as a new forward change that everyone connected receives at once.
 */
export function versionRoutes(
  app: FastifyInstance,
  auth: AuthContext,
  deps: { docs: DocStore; durableWithinMs?: number; notices?: PlanNotices },
): void {
  const versions = auth.storage.versions;
  // Frozen versions never change: their decoded content and diffs are kept between requests.
  const compared = new CompareCache({ docs: deps.docs, versions });
  const guard = (
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
    permission: Permission,
  ) => requirePlan(request, reply, auth, request.params.id, permission);

  app.get<PlanParams>('/api/plans/:id/process', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    return presentProcess(await versions.getProcess(found.plan.id)) satisfies ProcessResponse;
  });

  app.put<PlanParams>('/api/plans/:id/process', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManageVersions);
    if (!found) return reply;
    const body = parse(updateProcessBodySchema, request.body, reply);
    if (!body) return reply;
    for (const { step, date } of body.steps) await versions.setStepDate(found.plan.id, step, date);
    auth.audit.record(AuditAction.ProcessUpdated, request.identity, found.plan.id, {
      steps: body.steps,
    });
    return presentProcess(await versions.getProcess(found.plan.id)) satisfies ProcessResponse;
  });

  app.post<PlanParams>('/api/plans/:id/versions', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManageVersions);
    if (!found) return reply;
    const body = parse(createVersionBodySchema, request.body, reply);
    if (!body) return reply;
    const state = await withLiveDoc(deps.docs, found.plan.id, (doc) => Y.encodeStateAsUpdate(doc));
    const version = {
      id: newId(),
      planId: found.plan.id,
      name: body.name,
      step: body.step,
      state,
      createdAt: Date.now(),
      // Kept on the version as it was: a later change of name must not rewrite who froze what.
      createdBy: displayNameOf(request.identity),
    };
    await versions.createVersion(version);
    auth.audit.record(AuditAction.VersionFrozen, request.identity, found.plan.id, {
      versionId: version.id,
      name: version.name,
      step: version.step,
    });
    const response: VersionResponse = { version: presentVersion(version) };
    return reply.status(201).send(response);
  });

  app.get<PlanParams>('/api/plans/:id/versions', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    const list = await versions.listVersions(found.plan.id);
    return { versions: list.map(presentVersion) } satisfies VersionListResponse;
  });

  app.get<VersionParams>('/api/plans/:id/versions/:versionId', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    const version = await versionOf(versions, found.plan.id, request.params.versionId);
    if (!version) return notFound(reply, 'No such version');
    return {
      version: presentVersion(version),
      snapshot: snapshotOfState(version.state, { log: request.log, planId: found.plan.id }),
    } satisfies VersionContentResponse;
  });

  app.get<PlanParams>('/api/plans/:id/compare', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    const query = parse(compareQuerySchema, request.query, reply);
    if (!query) return reply;
    const diff = await compared.diff(found.plan.id, query.from, query.to, request.log);
    if (!diff) return notFound(reply, 'No such version');
    const now = Date.now();
    const created = new Map(
      (await versions.listVersions(found.plan.id)).map((v) => [v.id, v.createdAt] as const),
    );
    const timeOf = (side: string) => (side === LIVE ? now : (created.get(side) ?? now));
    const [fromTime, toTime] = [timeOf(query.from), timeOf(query.to)].sort((a, b) => a - b);
    const editors = await auth.storage.editLog.editorsBetween(
      found.plan.id,
      fromTime ?? now,
      toTime ?? now,
    );
    return {
      diff,
      editors: Object.fromEntries(editors),
    } satisfies CompareResponse;
  });

  app.post<VersionParams>('/api/plans/:id/versions/:versionId/restore', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManageVersions);
    if (!found) return reply;
    const version = await versionOf(versions, found.plan.id, request.params.versionId);
    if (!version) return notFound(reply, 'No such version');
    try {
      await restoreVersion(deps.docs, found.plan.id, version, {
        log: request.log,
        durableWithinMs: deps.durableWithinMs ?? RESTORE_DURABLE_WITHIN_MS,
      });
    } catch (error) {
      if (!(error instanceof RestoreNotDurable)) throw error;
      request.log.error({ err: error, planId: found.plan.id }, 'restore not committed');
      // Never "restored" for a change storage has not committed: the person tries again later.
      return sendError(
        reply,
        503,
        ApiErrorCode.Internal,
        'The version could not be stored: storage is not answering. Try again in a moment.',
      );
    }
    auth.audit.record(AuditAction.VersionRestored, request.identity, found.plan.id, {
      versionId: version.id,
      name: version.name,
      step: version.step,
    });
    deps.notices?.send(found.plan.id, {
      kind: 'versionRestored',
      versionName: version.name,
      by: displayNameOf(request.identity),
    });
    return { version: presentVersion(version) } satisfies VersionResponse;
  });
}
