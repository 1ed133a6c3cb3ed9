import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  consultationBodySchema,
  type ConsultationBody,
  type ConsultationListResponse,
  type ConsultationResponse,
} from '../../../shared/api/publicPage';
import { Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import type { ConsultationRecord } from '../../storage/Storage';
import { versionOf } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';
import { parseOr400 } from '../parseRequest';
import { presentConsultation } from '../presenters/publicSide';

type PlanParams = { Params: { id: string } };
type ConsultationParams = { Params: { id: string; cid: string } };

/** Consultation windows (høring) on a frozen version of the plan, kept by the owner. */
export function consultationRoutes(app: FastifyInstance, auth: AuthContext): void {
  const consultations = auth.storage.consultations;
  const guard = (
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
    permission: Permission,
  ) => requirePlan(request, reply, auth, request.params.id, permission);

  /** The body, or null with a 400 sent: a consultation is always on one of this plan's versions. */
  async function validBody(
    planId: string,
    input: unknown,
    reply: FastifyReply,
  ): Promise<ConsultationBody | null> {
    const body = parseOr400(consultationBodySchema, input, reply);
    if (!body) return null;
    if (!(await versionOf(auth.storage.versions, planId, body.versionId))) {
      void sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        'versionId: no such version in this plan',
      );
      return null;
    }
    return body;
  }

  async function consultationOf(
    planId: string,
    id: string,
    reply: FastifyReply,
  ): Promise<ConsultationRecord | null> {
    const consultation = await consultations.get(id);
    if (consultation && consultation.planId === planId) return consultation;
    void sendError(reply, 404, ApiErrorCode.NotFound, 'No such consultation');
    return null;
  }

  app.get<PlanParams>('/api/plans/:id/consultations', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    const records = await consultations.list(found.plan.id);
    return {
      consultations: records.map(presentConsultation),
      serverNow: Date.now(),
    } satisfies ConsultationListResponse;
  });

  app.post<PlanParams>('/api/plans/:id/consultations', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = await validBody(found.plan.id, request.body, reply);
    if (!body) return reply;
    const record: ConsultationRecord = {
      id: newId(),
      planId: found.plan.id,
      ...body,
      createdAt: Date.now(),
    };
    await consultations.add(record);
    auth.audit.record(AuditAction.ConsultationChanged, request.identity, found.plan.id, {
      added: record.id,
      title: record.title,
      versionId: record.versionId,
      opensAt: record.opensAt,
      closesAt: record.closesAt,
    });
    const response: ConsultationResponse = { consultation: presentConsultation(record) };
    return reply.status(201).send(response);
  });

  app.patch<ConsultationParams>('/api/plans/:id/consultations/:cid', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = await validBody(found.plan.id, request.body, reply);
    if (!body) return reply;
    const consultation = await consultationOf(found.plan.id, request.params.cid, reply);
    if (!consultation) return reply;
    await consultations.update(consultation.id, body);
    auth.audit.record(AuditAction.ConsultationChanged, request.identity, found.plan.id, {
      changed: consultation.id,
      title: body.title,
      versionId: body.versionId,
      opensAt: body.opensAt,
      closesAt: body.closesAt,
    });
    return {
      consultation: presentConsultation({ ...consultation, ...body }),
    } satisfies ConsultationResponse;
  });

  app.delete<ConsultationParams>('/api/plans/:id/consultations/:cid', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const consultation = await consultationOf(found.plan.id, request.params.cid, reply);
    if (!consultation) return reply;
    // Input given in a consultation is read against it (the summary, the public list): it stays.
    const inputs = await auth.storage.inputs.listInputs(found.plan.id);
    if (inputs.some((input) => input.consultationId === consultation.id)) {
      return sendError(
        reply,
        409,
        ApiErrorCode.BadRequest,
        'Input was given in this consultation; it cannot be deleted',
      );
    }
    await consultations.remove(consultation.id);
    auth.audit.record(AuditAction.ConsultationChanged, request.identity, found.plan.id, {
      removed: consultation.id,
      title: consultation.title,
    });
    return reply.status(204).send();
  });
}
