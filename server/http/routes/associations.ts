import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ASSOCIATIONS_MAX,
  addAssociationBodySchema,
  associationKey,
  renameAssociationBodySchema,
  type AssociationListResponse,
  type AssociationResponse,
  type AssociationSummary,
} from '../../../shared/api/associations';
import { ApiErrorCode } from '../../../shared/api/errors';
import { AuditAction } from '../../../shared/api/audit';
import { Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import { idSchema } from '../../../shared/protocol';
import type { AssociationRecord } from '../../storage/Storage';
import { hashToken } from '../../auth/tokens';
import { inviteProblem } from '../../auth/inviteRules';
import type { AuthContext } from '../authContext';
import { requirePlan } from '../guards';
import { sendError } from '../errors';
import { compareNorwegian } from '../../../shared/text/norwegianOrder';

export function presentAssociations(records: readonly AssociationRecord[]): AssociationSummary[] {
  return records
    .map((record) => ({ id: record.id, name: record.name }))
    .sort((a, b) => compareNorwegian(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

function badBody(reply: FastifyReply, issues: readonly { message: string }[]): FastifyReply {
  return sendError(reply, 400, ApiErrorCode.BadRequest, issues.map((issue) => issue.message).join('; '));
}

/** A valid invitation link of this plan lets someone about to join read the list (`?invite=<token>`). */
async function inviteOpensPlan(auth: AuthContext, request: FastifyRequest, planId: string): Promise<boolean> {
  const token = (request.query as { invite?: unknown } | undefined)?.invite;
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return false;
  const invite = await auth.storage.invites.getInviteByTokenHash(hashToken(token));
  return invite !== null && invite.planId === planId && inviteProblem(invite, Date.now()) === null;
}

/** The plan's association list: readable by everyone in the plan and by holders of its links; kept by the owner. */
export function associationRoutes(app: FastifyInstance, auth: AuthContext): void {
  app.get<{ Params: { id: string } }>('/api/plans/:id/associations', async (request, reply) => {
    const planId = idSchema.safeParse(request.params.id);
    if (planId.success && (await inviteOpensPlan(auth, request, planId.data))) {
      const records = await auth.storage.associations.listAssociations(planId.data);
      return { associations: presentAssociations(records) } satisfies AssociationListResponse;
    }
    const found = await requirePlan(request, reply, auth, request.params.id, null);
    if (!found) return reply;
    const records = await auth.storage.associations.listAssociations(found.plan.id);
    return { associations: presentAssociations(records) } satisfies AssociationListResponse;
  });

  app.post<{ Params: { id: string } }>('/api/plans/:id/associations', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
    if (!found) return reply;
    const body = addAssociationBodySchema.safeParse(request.body);
    if (!body.success) return badBody(reply, body.error.issues);
    const existing = await auth.storage.associations.listAssociations(found.plan.id);
    if (existing.some((a) => associationKey(a.name) === associationKey(body.data.name))) {
      return sendError(reply, 409, ApiErrorCode.BadRequest, 'That association is on the list already');
    }
    if (existing.length >= ASSOCIATIONS_MAX) {
      return sendError(reply, 409, ApiErrorCode.BadRequest, `A list holds at most ${ASSOCIATIONS_MAX} associations`);
    }
    const record = { id: newId(), planId: found.plan.id, name: body.data.name, createdAt: Date.now() };
    await auth.storage.associations.addAssociation(record);
    auth.audit.record(AuditAction.AssociationAdded, request.identity, found.plan.id, { association: record.name });
    const response: AssociationResponse = { association: { id: record.id, name: record.name } };
    return reply.status(201).send(response);
  });

  app.patch<{ Params: { id: string; associationId: string } }>(
    '/api/plans/:id/associations/:associationId',
    async (request, reply) => {
      const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
      if (!found) return reply;
      const body = renameAssociationBodySchema.safeParse(request.body);
      if (!body.success) return badBody(reply, body.error.issues);
      const existing = await auth.storage.associations.listAssociations(found.plan.id);
      const record = existing.find((a) => a.id === request.params.associationId);
      if (!record) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such association');
      const key = associationKey(body.data.name);
      if (existing.some((a) => a.id !== record.id && associationKey(a.name) === key)) {
        return sendError(reply, 409, ApiErrorCode.BadRequest, 'That association is on the list already');
      }
      await auth.storage.associations.renameAssociation(record.id, body.data.name);
      auth.audit.record(AuditAction.AssociationRenamed, request.identity, found.plan.id, {
        association: body.data.name,
        from: record.name,
      });
      return { association: { id: record.id, name: body.data.name } } satisfies AssociationResponse;
    },
  );

  app.delete<{ Params: { id: string; associationId: string } }>(
    '/api/plans/:id/associations/:associationId',
    async (request, reply) => {
      const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePeople);
      if (!found) return reply;
      const record = await auth.storage.associations.getAssociation(request.params.associationId);
      if (!record || record.planId !== found.plan.id) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such association');
      // What people already wrote when they joined stays as it was; only the list changes.
      await auth.storage.associations.removeAssociation(record.id);
      auth.audit.record(AuditAction.AssociationRemoved, request.identity, found.plan.id, { association: record.name });
      return reply.status(204).send();
    },
  );
}
