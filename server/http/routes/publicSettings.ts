import type { FastifyInstance } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  updatePublicSettingsBodySchema,
  type PublicSettings,
  type PublicSettingsResponse,
} from '../../../shared/api/publicPage';
import { Permission } from '../../../shared/auth/roles';
import { sanitizeRichText } from '../../../shared/plan/schema/richTextShape';
import { settingsOf } from '../../inputs/publicSettings';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';
import { versionOf } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';
import { parseOr400 } from '../parseRequest';
import { consultationRoutes } from './consultations';
import { goalRoutes } from './goals';
import { knowledgeRoutes } from './knowledge';
import { planIdentityRoutes } from './planIdentity';

type PlanParams = { Params: { id: string } };

/** The owner's public page settings, knowledge base, goals and consultations. */
export function publicSettingsRoutes(
  app: FastifyInstance,
  auth: AuthContext,
  deps: PublicSideDeps,
): void {
  const pages = auth.storage.publicPages;
  const respond = (settings: PublicSettings): PublicSettingsResponse => ({
    settings,
    receiptsByEmail: deps.mailer !== null,
    publicUrl: `${deps.publicBaseUrl()}/p/${settings.slug}`,
  });

  app.get<PlanParams>('/api/plans/:id/public', async (request, reply) => {
    const found = await requirePlan(
      request,
      reply,
      auth,
      request.params.id,
      Permission.ManagePublicPage,
    );
    if (!found) return reply;
    return respond(await settingsOf(pages, found.plan));
  });

  app.patch<PlanParams>('/api/plans/:id/public', async (request, reply) => {
    const found = await requirePlan(
      request,
      reply,
      auth,
      request.params.id,
      Permission.ManagePublicPage,
    );
    if (!found) return reply;
    const body = parseOr400(updatePublicSettingsBodySchema, request.body, reply);
    if (!body) return reply;
    if (
      body.publishedVersionId &&
      !(await versionOf(auth.storage.versions, found.plan.id, body.publishedVersionId))
    ) {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        'publishedVersionId: no such version in this plan',
      );
    }
    const current = await settingsOf(pages, found.plan);
    const next: PublicSettings = {
      enabled: body.enabled ?? current.enabled,
      slug: body.slug ?? current.slug,
      // The schema checks the shape; the sanitiser keeps only what the editor knows and drops
      // links that are not http(s)/mailto, so the public page never gets a javascript: link.
      intro: body.intro ? sanitizeRichText(body.intro) : current.intro,
      contact: body.contact ?? current.contact,
      publishedVersionId:
        body.publishedVersionId !== undefined
          ? body.publishedVersionId
          : current.publishedVersionId,
      openInput: body.openInput ?? current.openInput,
      publishInputList: body.publishInputList ?? current.publishInputList,
      retentionDays: body.retentionDays ?? current.retentionDays,
      inboxRoles: body.inboxRoles ? [...new Set(body.inboxRoles)] : current.inboxRoles,
    };
    const saved = await pages.saveSettings({
      ...next,
      planId: found.plan.id,
      updatedAt: Date.now(),
    });
    if (saved === 'slug-taken') {
      return sendError(reply, 409, ApiErrorCode.SlugTaken, 'Another plan uses this address');
    }
    auth.audit.record(AuditAction.PublicSettingsChanged, request.identity, found.plan.id, {
      fields: Object.keys(body),
      enabled: next.enabled,
      slug: next.slug,
      publishedVersionId: next.publishedVersionId,
    });
    return respond(next);
  });

  knowledgeRoutes(app, auth);
  planIdentityRoutes(app, auth);
  goalRoutes(app, auth, deps);
  consultationRoutes(app, auth);
}
