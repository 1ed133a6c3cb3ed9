import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  InputLimits,
  inputReference,
  submitInputFieldsSchema,
  type PublicInputListResponse,
  type SubmitInputResponse,
} from '../../../shared/api/inputs';
import type { PublicPlanResponse } from '../../../shared/api/publicPage';
import { inputWindow, versionOfWindow } from '../../../shared/inputs/inputWindow';
import { isSectionKey, sectionLabel } from '../../../shared/inputs/sectionLabel';
import { newId } from '../../../shared/plan/items';
import { idSchema } from '../../../shared/protocol';
import { FileLimits, INPUT_FILE_KINDS } from '../../../shared/public/fileKinds';
import { readUpload } from '../../files/readUpload';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';
import { FORM_TOKEN_SECRET, FormTokens } from '../../public/formToken';
import { publicInputList } from '../../public/publicInputList';
import { buildPublicView, closedConsultations, findPublicPage, type PublicPage } from '../../public/publicView';
import { sendReceipt } from '../../public/sendReceipt';
import { storeInput } from '../../public/storeInput';
import { VersionSnapshots } from '../../public/versionSnapshots';
import type { InputRecord } from '../../storage/Storage';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { parseOr400 } from '../parseRequest';
import { sendDownload } from '../sendDownload';
import { sendUploadRefusal } from '../uploadRefusal';
import { tooMany } from './tooMany';

type SlugParams = { Params: { slug: string } };
type FileParams = { Params: { slug: string; fileId: string } };

/** The public form's fields: every key of the schema once, the text in UTF-8 at its worst (4 bytes a character). */
const SUBMIT_MAX_FIELDS = Object.keys(submitInputFieldsSchema.shape).length;
const SUBMIT_MAX_FIELD_BYTES = InputLimits.textMax * 4 + 1_024;

/**
 * Form fields as people meant them: browsers send a textarea's line breaks as CRLF, which would
 * count twice against the length the page showed them, and an address pasted with a space
 * around it is still that address (it is stored trimmed and lower-cased).
 */
function normalisedFields(fields: Record<string, string>): Record<string, string> {
  const normalised = Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, value.replace(/\r\n?/g, '\n')]),
  );
  if (normalised.email !== undefined) normalised.email = normalised.email.trim();
  return normalised;
}

function notFound(reply: FastifyReply): FastifyReply {
  return sendError(reply, 404, ApiErrorCode.NotFound, 'No such page');
}

/**
 * What residents read and send without logging in (`/api/public/…`): the plan's public page,
 * its knowledge base documents, the input form, and after a deadline the list of input. Nothing
 * here answers for a page its owner has not switched on, and nothing returns personal data.
 */
export function publicPageRoutes(app: FastifyInstance, auth: AuthContext, deps: PublicSideDeps): void {
  const storage = auth.storage;
  const snapshots = new VersionSnapshots(storage.versions);
  const tokens = new FormTokens(() => storage.publicPages.secret(FORM_TOKEN_SECRET));
  const { publicInputs, publicReads } = auth.limits;

  /** The enabled page, or null with a 404 already sent. */
  async function pageFor(request: FastifyRequest<SlugParams>, reply: FastifyReply): Promise<PublicPage | null> {
    const page = await findPublicPage(storage, request.params.slug);
    if (!page) void notFound(reply);
    return page;
  }

  async function readAllowed(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const attempt = await publicReads.take(request.ip);
    if (!attempt.ok) void tooMany(reply, attempt.retryAfterSeconds);
    return attempt.ok;
  }

  app.get<SlugParams>('/api/public/plans/:slug', async (request, reply) => {
    if (!(await readAllowed(request, reply))) return reply;
    const page = await pageFor(request, reply);
    if (!page) return reply;
    const view = await buildPublicView(page, { storage, snapshots, tokens, log: request.log, now: Date.now() });
    // Each answer carries a fresh form token and the server's clock: never from a cache.
    void reply.header('cache-control', 'no-store');
    return view satisfies PublicPlanResponse;
  });

  app.get<FileParams>('/api/public/plans/:slug/files/:fileId', async (request, reply) => {
    if (!(await readAllowed(request, reply))) return reply;
    const page = await pageFor(request, reply);
    if (!page) return reply;
    const fileId = idSchema.safeParse(request.params.fileId);
    const file = fileId.success ? await storage.files.getFile(fileId.data) : null;
    // Only a document of this plan's knowledge base: attachments to input are never public.
    const item = file && file.planId === page.plan.id ? await storage.knowledge.get(file.ownerId) : null;
    if (!file || !item || item.planId !== page.plan.id || item.fileId !== file.id) return notFound(reply);
    const bytes = await storage.blobs.get(file.id);
    if (!bytes) return notFound(reply);
    return sendDownload(reply, { name: file.name, kind: file.kind, bytes });
  });

  app.get<SlugParams>('/api/public/plans/:slug/inputs', async (request, reply) => {
    if (!(await readAllowed(request, reply))) return reply;
    const page = await pageFor(request, reply);
    if (!page) return reply;
    const closed = page.settings.publishInputList
      ? closedConsultations(await storage.consultations.list(page.plan.id), Date.now())
      : [];
    if (closed.length === 0) return notFound(reply);
    const inputs = await storage.inputs.listInputs(page.plan.id);
    void reply.header('cache-control', 'no-store');
    return { inputs: publicInputList(inputs, new Set(closed.map((c) => c.id))) } satisfies PublicInputListResponse;
  });

  app.post<SlugParams>('/api/public/plans/:slug/inputs', async (request, reply) => {
    const page = await pageFor(request, reply);
    if (!page) return reply;
    const { plan, settings } = page;
    // An address over its limit is refused before its upload (up to 30 MB) is read; the attempt
    // is counted only further down, once the form has passed its checks.
    const early = await publicInputs.check(request.ip);
    if (!early.ok) return tooMany(reply, early.retryAfterSeconds);

    const upload = await readUpload(request, {
      kinds: INPUT_FILE_KINDS,
      maxFileBytes: FileLimits.inputMaxBytes,
      maxFiles: FileLimits.inputMaxFiles,
      maxFields: SUBMIT_MAX_FIELDS,
      maxFieldBytes: SUBMIT_MAX_FIELD_BYTES,
    });
    if (!upload.ok) return sendUploadRefusal(reply, upload);
    if (upload.files.some((file) => file.field !== 'files')) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'Attachments are sent as parts named files');
    }
    // The hidden field people never see: whatever else the form says, a bot filled it.
    if ((upload.fields.website ?? '').trim() !== '') {
      return sendError(reply, 400, ApiErrorCode.SpamSuspected, 'The form could not be accepted');
    }
    const fields = parseOr400(submitInputFieldsSchema, normalisedFields(upload.fields), reply);
    if (!fields) return reply;

    const token = await tokens.check(fields.formToken);
    if (token === 'too-soon') {
      return sendError(reply, 400, ApiErrorCode.FormExpired, 'The form was sent too soon after it was opened');
    }
    if (token !== 'ok') {
      return sendError(reply, 400, ApiErrorCode.FormExpired, 'The form is too old or not valid: reload the page');
    }
    // Counted only for forms that got this far: a person's refused attempts above cost nothing.
    const attempt = await publicInputs.take(request.ip);
    if (!attempt.ok) return tooMany(reply, attempt.retryAfterSeconds);

    const now = Date.now();
    const consultations = await storage.consultations.list(plan.id);
    const window = inputWindow({
      consultations,
      openInput: settings.openInput,
      publishedVersionId: settings.publishedVersionId,
      now,
    });
    const versionId = versionOfWindow(window, settings.publishedVersionId);
    const version = versionId ? await snapshots.get(plan.id, versionId, request.log) : null;
    if (!version) return sendError(reply, 409, ApiErrorCode.InputClosed, 'Input is not open now');
    const section = fields.section;
    const label = isSectionKey(section) ? sectionLabel(section, version.snapshot, 'nb') : null;
    if (!isSectionKey(section) || label === null) {
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'section: no such part in the version under consultation');
    }

    const consultation = window.kind === 'consultation' ? window.consultation : null;
    const input: Omit<InputRecord, 'number'> = {
      id: newId(),
      planId: plan.id,
      channel: 'web',
      section,
      sectionLabel: label,
      consultationId: consultation?.id ?? null,
      versionId: version.meta.id,
      workshopId: null,
      text: fields.text,
      submitterKind: fields.submitterKind,
      organisation: fields.organisation,
      name: fields.name,
      email: fields.email.trim().toLowerCase(),
      namePublic: fields.namePublic,
      status: 'new',
      tags: [],
      duplicateOf: null,
      summary: '',
      assessment: '',
      changeSection: null,
      receivedAt: now,
      updatedAt: now,
      personalDataRemovedAt: null,
    };
    const number = await storeInput(storage, input, upload.files);
    const reference = inputReference(now, number);
    // The reference and ids only: never the resident's name, address or words.
    auth.audit.record(AuditAction.InputReceived, null, plan.id, {
      inputId: input.id,
      reference,
      consultationId: input.consultationId,
      files: upload.files.length,
    });
    deps.inbox.changed(plan.id, [input.id]);

    const contact = settings.contact.name || settings.contact.email ? settings.contact : null;
    const receiptSent = await sendReceipt(
      deps.mailer,
      input.email,
      {
        language: fields.language,
        reference,
        planTitle: plan.title,
        municipality: plan.municipality,
        sectionLabel: sectionLabel(section, version.snapshot, fields.language) ?? label,
        receivedAt: now,
        consultation: consultation ? { title: consultation.title, closesAt: consultation.closesAt } : null,
        retentionDays: settings.retentionDays,
        publicUrl: `${deps.publicBaseUrl()}/p/${settings.slug}`,
        contact: contact ? { name: contact.name, email: contact.email } : null,
      },
      request.log,
    );
    const response: SubmitInputResponse = { reference, receivedAt: now, receiptSent };
    return reply.status(201).send(response);
  });
}
