import type { FastifyInstance } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  inputReference,
  registerInputFieldsSchema,
  type InputResponse,
  type SectionKey,
} from '../../../shared/api/inputs';
import { sectionLabel } from '../../../shared/inputs/sectionLabel';
import { newId } from '../../../shared/plan/items';
import { FileLimits, INPUT_FILE_KINDS } from '../../../shared/public/fileKinds';
import { readUpload } from '../../files/readUpload';
import { normaliseEmail } from '../../inputs/personalData';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';
import { storeInput } from '../../public/storeInput';
import type { InputRecord } from '../../storage/Storage';
import { liveSnapshot } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requireInbox } from '../inboxGuard';
import { parseOr400 } from '../parseRequest';
import { presentInput } from '../presenters/inputPresenter';
import { sendUploadRefusal } from '../uploadRefusal';

/** Text fields of the form, with room for a 10,000-character text in any script (UTF-8). */
const MAX_FIELD_BYTES = 48 * 1024;
const MAX_FIELDS = 15;

/**
 * Registering input by hand: what came by e-mail, letter or from a workshop goes into the same
 * inbox as what residents send, with its attachments, so the summary covers all of it.
 */
export function registerInputRoute(
  app: FastifyInstance,
  auth: AuthContext,
  deps: PublicSideDeps,
): void {
  app.post<{ Params: { id: string } }>('/api/plans/:id/inputs', async (request, reply) => {
    const found = await requireInbox(request, reply, auth, request.params.id, 'handle');
    if (!found) return reply;
    const planId = found.plan.id;
    const upload = await readUpload(request, {
      kinds: INPUT_FILE_KINDS,
      maxFileBytes: FileLimits.inputMaxBytes,
      maxFiles: FileLimits.inputMaxFiles,
      maxFields: MAX_FIELDS,
      maxFieldBytes: MAX_FIELD_BYTES,
    });
    if (!upload.ok) return sendUploadRefusal(reply, upload);
    const fields = parseOr400(registerInputFieldsSchema, upload.fields, reply);
    if (!fields) return reply;
    if (upload.files.some((file) => file.field !== 'files')) {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        'files: send attachments as parts named "files"',
      );
    }
    if (fields.workshopId !== undefined) {
      const workshop = await auth.storage.workshops.getWorkshop(fields.workshopId);
      if (!workshop || workshop.planId !== planId) {
        return sendError(
          reply,
          400,
          ApiErrorCode.BadRequest,
          'workshopId: no such workshop in this plan',
        );
      }
    }
    let versionId: string | null = null;
    if (fields.consultationId !== undefined) {
      const consultation = await auth.storage.consultations.get(fields.consultationId);
      if (!consultation || consultation.planId !== planId) {
        return sendError(
          reply,
          400,
          ApiErrorCode.BadRequest,
          'consultationId: no such consultation in this plan',
        );
      }
      versionId = consultation.versionId;
    }
    // Named as the plan names the section now, in the municipality's language (bokmål).
    // The schema's pattern is exactly the SectionKey shape; TypeScript cannot see that from a regex.
    const section = fields.section as SectionKey;
    const label = sectionLabel(section, await liveSnapshot(deps.docs, planId, request.log), 'nb');
    if (label === null)
      return sendError(reply, 400, ApiErrorCode.BadRequest, 'section: no such section in the plan');

    const now = Date.now();
    if (fields.receivedAt !== undefined && fields.receivedAt > now + 60_000) {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        'receivedAt: input cannot arrive in the future',
      );
    }
    const input: Omit<InputRecord, 'number'> = {
      id: newId(),
      planId,
      channel: fields.channel,
      section,
      sectionLabel: label,
      consultationId: fields.consultationId ?? null,
      versionId,
      workshopId: fields.workshopId ?? null,
      text: fields.text,
      submitterKind: fields.submitterKind,
      organisation: fields.organisation,
      name: fields.name,
      email: normaliseEmail(fields.email),
      namePublic: fields.namePublic,
      status: 'new',
      tags: [],
      duplicateOf: null,
      summary: '',
      assessment: '',
      changeSection: null,
      receivedAt: fields.receivedAt ?? now,
      updatedAt: now,
      personalDataRemovedAt: null,
    };
    const number = await storeInput(auth.storage, input, upload.files);
    auth.audit.record(AuditAction.InputRegistered, request.identity, planId, {
      inputId: input.id,
      reference: inputReference(input.receivedAt, number),
      channel: input.channel,
      attachments: upload.files.length,
    });
    deps.inbox.changed(planId, [input.id]);
    const response: InputResponse = {
      input: presentInput({ ...input, number }, await auth.storage.files.listFilesOf([input.id])),
    };
    return reply.status(201).send(response);
  });
}
