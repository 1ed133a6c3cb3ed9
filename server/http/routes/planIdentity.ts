import type { FastifyInstance, FastifyReply } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  LogoLimits,
  updatePlanIdentityBodySchema,
  updatePlanLanguageBodySchema,
  type PlanIdentityResponse,
  type PlanLanguageResponse,
  type PlanLogo,
} from '../../../shared/api/planIdentity';
import { Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import { idSchema } from '../../../shared/protocol';
import { FILE_KINDS } from '../../../shared/public/fileKinds';
import { checkLogo, looksLikeSvg, type LogoCheck } from '../../files/logoImage';
import { readUpload } from '../../files/readUpload';
import { findPublicPage } from '../../public/publicView';
import type { FileRecord, PlanRecord } from '../../storage/Storage';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';
import { parseOr400 } from '../parseRequest';
import { attachmentDisposition } from '../sendDownload';
import { sendUploadRefusal } from '../uploadRefusal';
import { tooMany } from './tooMany';

type PlanParams = { Params: { id: string } };
type LogoParams = { Params: { id: string; fileId: string } };
type PublicLogoParams = { Params: { slug: string; fileId: string } };

/** A logo file has no record of its own to belong to: it is its own owner, so it goes alone. */
const logoOwner = (fileId: string) => `logo:${fileId}`;

export const planLogoPath = (planId: string, fileId: string) => `/api/plans/${planId}/logo/${fileId}`;
export const publicLogoPath = (slug: string, fileId: string) =>
  `/api/public/plans/${slug}/logo/${fileId}`;

function refuse(reply: FastifyReply, check: Exclude<LogoCheck, { ok: true }>): FastifyReply {
  switch (check.reason) {
    case 'too-large':
      return sendError(reply, 413, ApiErrorCode.FileTooLarge, `The logo is ${check.detail}`);
    case 'too-many-pixels':
      return sendError(reply, 413, ApiErrorCode.ImageTooManyPixels, `The logo is ${check.detail}`);
    case 'unsafe-svg':
      return sendError(reply, 415, ApiErrorCode.UnsafeSvg, `The SVG has ${check.detail}`);
    case 'not-an-image':
      return sendError(reply, 415, ApiErrorCode.FileWrongType, `The logo is ${check.detail}`);
  }
}

/**
 * Sends the logo as an image only: its checked type, `nosniff`, and for anyone who opens it
 * directly a download with a sandbox that runs nothing and loads nothing. In `<img>` (the
 * public page, the settings) it is drawn, and images run no script.
 */
function sendLogo(reply: FastifyReply, file: FileRecord, bytes: Uint8Array, cache: string) {
  return reply
    .header('content-type', FILE_KINDS[file.kind].mime)
    .header('content-disposition', attachmentDisposition(`logo.${FILE_KINDS[file.kind].extension}`))
    .header('content-length', String(bytes.byteLength))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
    .header('cache-control', cache)
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/**
 * The municipality a plan is for: its name and logo (owner), read by every member and, for the
 * logo, by the public page while it is on.
 */
export function planIdentityRoutes(app: FastifyInstance, auth: AuthContext): void {
  const { plans, files, blobs } = auth.storage;

  async function logoOf(plan: PlanRecord): Promise<FileRecord | null> {
    const fileId = await plans.getLogoFileId(plan.id);
    const file = fileId ? await files.getFile(fileId) : null;
    return file && file.planId === plan.id ? file : null;
  }

  function present(plan: PlanRecord, logo: FileRecord | null): PlanIdentityResponse {
    const presented: PlanLogo | null =
      logo && (logo.kind === 'png' || logo.kind === 'svg')
        ? { url: planLogoPath(plan.id, logo.id), kind: logo.kind }
        : null;
    return { municipality: plan.municipality, logo: presented };
  }

  async function remove(fileId: string | null): Promise<void> {
    if (!fileId) return;
    await files.deleteFilesOf(logoOwner(fileId));
    await blobs.delete(fileId);
  }

  app.get<PlanParams>('/api/plans/:id/identity', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ReadPlan);
    if (!found) return reply;
    return present(found.plan, await logoOf(found.plan));
  });

  app.patch<PlanParams>('/api/plans/:id/identity', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(updatePlanIdentityBodySchema, request.body, reply);
    if (!body) return reply;
    await plans.setMunicipality(found.plan.id, body.municipality);
    auth.audit.record(AuditAction.PublicSettingsChanged, request.identity, found.plan.id, {
      fields: ['municipality'],
      municipality: body.municipality,
    });
    const plan = { ...found.plan, municipality: body.municipality };
    return present(plan, await logoOf(plan));
  });

  // The plan's language is the owner's to set, like its municipality: it decides how the editor,
  // the public page and every export declare the plan's text.
  app.put<PlanParams>('/api/plans/:id/language', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(updatePlanLanguageBodySchema, request.body, reply);
    if (!body) return reply;
    await plans.setContentLanguage(found.plan.id, body.contentLanguage);
    auth.audit.record(AuditAction.PublicSettingsChanged, request.identity, found.plan.id, {
      fields: ['contentLanguage'],
      contentLanguage: body.contentLanguage,
    });
    return { contentLanguage: body.contentLanguage } satisfies PlanLanguageResponse;
  });

  app.post<PlanParams>('/api/plans/:id/logo', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePublicPage);
    if (!found) return reply;
    const upload = await readUpload(request, {
      kinds: ['png', 'svg'],
      maxFileBytes: LogoLimits.maxBytes,
      maxFiles: 1,
      maxFields: 0,
      maxFieldBytes: 64,
      detectText: looksLikeSvg,
    });
    if (!upload.ok) return sendUploadRefusal(reply, upload);
    const file = upload.files[0];
    if (!file || file.field !== 'logo') {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'logo: send the image as the part named "logo"');
    }
    const check = await checkLogo(file.bytes);
    if (!check.ok) return refuse(reply, check);
    const id = newId();
    const record: FileRecord = {
      id,
      planId: found.plan.id,
      ownerId: logoOwner(id),
      name: `logo.${FILE_KINDS[check.kind].extension}`,
      kind: check.kind,
      size: file.bytes.length,
      sha256: file.sha256,
      createdAt: Date.now(),
    };
    // The bytes first, then the record, then the plan's pointer: the page never names a logo
    // that is not stored. What it replaced goes last.
    await blobs.put(id, file.bytes);
    let replaced: string | null;
    try {
      await files.addFile(record);
      replaced = await plans.setLogoFileId(found.plan.id, id);
    } catch (error) {
      await remove(id).catch(() => undefined);
      throw error;
    }
    await remove(replaced);
    auth.audit.record(AuditAction.PublicSettingsChanged, request.identity, found.plan.id, {
      fields: ['logo'],
      kind: check.kind,
      size: record.size,
    });
    return present(found.plan, record);
  });

  app.delete<PlanParams>('/api/plans/:id/logo', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ManagePublicPage);
    if (!found) return reply;
    await remove(await plans.setLogoFileId(found.plan.id, null));
    auth.audit.record(AuditAction.PublicSettingsChanged, request.identity, found.plan.id, {
      fields: ['logo'],
      removed: true,
    });
    return present(found.plan, null);
  });

  app.get<LogoParams>('/api/plans/:id/logo/:fileId', async (request, reply) => {
    const found = await requirePlan(request, reply, auth, request.params.id, Permission.ReadPlan);
    if (!found) return reply;
    const logo = await logoOf(found.plan);
    const bytes = logo && logo.id === request.params.fileId ? await blobs.get(logo.id) : null;
    if (!logo || !bytes) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such logo');
    return sendLogo(reply, logo, bytes, 'private, max-age=86400');
  });

  app.get<PublicLogoParams>('/api/public/plans/:slug/logo/:fileId', async (request, reply) => {
    const attempt = await auth.limits.publicReads.take(request.ip);
    if (!attempt.ok) return tooMany(reply, attempt.retryAfterSeconds);
    const page = await findPublicPage(auth.storage, request.params.slug);
    const fileId = idSchema.safeParse(request.params.fileId);
    const logo = page && fileId.success ? await logoOf(page.plan) : null;
    const bytes = logo && logo.id === fileId.data ? await blobs.get(logo.id) : null;
    if (!logo || !bytes) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such page');
    // The address names this logo's bytes: a new logo has a new one.
    return sendLogo(reply, logo, bytes, 'public, max-age=31536000, immutable');
  });
}
