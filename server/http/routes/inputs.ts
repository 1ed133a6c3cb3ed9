import type { FastifyInstance, FastifyReply } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  bulkInputBodySchema,
  erasePersonBodySchema,
  inputQuerySchema,
  inputReference,
  personQuerySchema,
  updateInputBodySchema,
  type BulkInputResponse,
  type ErasePersonResponse,
  type InputListResponse,
  type InputResponse,
  type PersonInputsResponse,
  type SectionKey,
} from '../../../shared/api/inputs';
import { Permission } from '../../../shared/auth/roles';
import { filterInputs, searchable, tagsInUse } from '../../../shared/inputs/filterInputs';
import { sectionLabel } from '../../../shared/inputs/sectionLabel';
import { erasePerson, findPersonInputs } from '../../inputs/personalData';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';
import type { InputHandling, InputRecord } from '../../storage/Storage';
import { liveSnapshot } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';
import { requireInbox } from '../inboxGuard';
import { parseOr400 } from '../parseRequest';
import { presentInput, presentInputs } from '../presenters/inputPresenter';
import { sendDownload } from '../sendDownload';
import { registerInputRoute } from './registerInput';

type PlanParams = { Params: { id: string } };
type InputParams = { Params: { id: string; inputId: string } };
type FileParams = { Params: { id: string; inputId: string; fileId: string } };

/** Tags compared without case or accents: «Møteplasser» and «møteplasser» are one tag. */
function withTag(tags: readonly string[], tag: string): string[] {
  return tags.some((t) => searchable(t) === searchable(tag)) ? [...tags] : [...tags, tag];
}

function withoutTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((t) => searchable(t) !== searchable(tag));
}

function distinctTags(tags: readonly string[]): string[] {
  return tags.reduce<string[]>((kept, tag) => withTag(kept, tag), []);
}

/**
 * The input inbox: list and search, read one, handle it (status, tags, duplicate, summary,
 * assessment, the change it led to), bulk changes, register by hand, delete, attachments, and
 * a person's data on request. Everyone watching the inbox is told which inputs changed.
 */
export function inputRoutes(app: FastifyInstance, auth: AuthContext, deps: PublicSideDeps): void {
  const { inputs, files, blobs } = auth.storage;

  async function present(record: InputRecord): Promise<InputResponse> {
    return { input: presentInput(record, await files.listFilesOf([record.id])) };
  }

  /** The input of this plan, or a 404 sent; another plan's input counts as unknown. */
  async function inputOf(
    planId: string,
    inputId: string,
    reply: FastifyReply,
  ): Promise<InputRecord | null> {
    const input = await inputs.getInput(inputId);
    if (input && input.planId === planId) return input;
    void sendError(reply, 404, ApiErrorCode.NotFound, 'No such input');
    return null;
  }

  app.get<PlanParams>('/api/plans/:id/inputs', async (request, reply) => {
    const found = await requireInbox(request, reply, auth, request.params.id, 'read');
    if (!found) return reply;
    const query = parseOr400(inputQuerySchema, request.query, reply);
    if (!query) return reply;
    const records = await inputs.listInputs(found.plan.id);
    const all = presentInputs(records, await files.listFilesOf(records.map((r) => r.id)));
    return { inputs: filterInputs(all, query), tags: tagsInUse(all) } satisfies InputListResponse;
  });

  // A person's input, found by e-mail (the owner answers requests under the GDPR).
  app.get<PlanParams>('/api/plans/:id/inputs/person', async (request, reply) => {
    const found = await requirePlan(
      request,
      reply,
      auth,
      request.params.id,
      Permission.ManagePublicPage,
    );
    if (!found) return reply;
    const query = parseOr400(personQuerySchema, request.query, reply);
    if (!query) return reply;
    const records = await findPersonInputs(inputs, query.email, found.plan.id);
    return {
      inputs: presentInputs(records, await files.listFilesOf(records.map((r) => r.id))),
    } satisfies PersonInputsResponse;
  });

  app.post<PlanParams>('/api/plans/:id/inputs/person/erase', async (request, reply) => {
    const found = await requirePlan(
      request,
      reply,
      auth,
      request.params.id,
      Permission.ManagePublicPage,
    );
    if (!found) return reply;
    const body = parseOr400(erasePersonBodySchema, request.body, reply);
    if (!body) return reply;
    const erased = await erasePerson(inputs, body.email, Date.now(), found.plan.id);
    const ids = erased.map((input) => input.id);
    // References only: the e-mail asked about is personal data and stays out of the log.
    auth.audit.record(AuditAction.InputPersonalDataRemoved, request.identity, found.plan.id, {
      reason: 'request',
      count: ids.length,
      references: erased.map((input) => inputReference(input.receivedAt, input.number)),
    });
    deps.inbox.changed(found.plan.id, ids);
    return { erased: ids.length } satisfies ErasePersonResponse;
  });

  app.post<PlanParams>('/api/plans/:id/inputs/bulk', async (request, reply) => {
    const found = await requireInbox(request, reply, auth, request.params.id, 'handle');
    if (!found) return reply;
    const body = parseOr400(bulkInputBodySchema, request.body, reply);
    if (!body) return reply;
    if (body.status === undefined && body.addTag === undefined && body.removeTag === undefined) {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        'body: say what to change (status, addTag or removeTag)',
      );
    }
    const ours = new Map(
      (await inputs.listInputs(found.plan.id)).map((input) => [input.id, input] as const),
    );
    const unknown = body.ids.filter((id) => !ours.has(id));
    if (unknown.length > 0)
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        `ids: no such input in this plan: ${unknown.join(', ')}`,
      );
    const now = Date.now();
    const changed: string[] = [];
    for (const id of new Set(body.ids)) {
      const input = ours.get(id)!;
      let tags = input.tags;
      if (body.addTag !== undefined) tags = withTag(tags, body.addTag);
      if (body.removeTag !== undefined) tags = withoutTag(tags, body.removeTag);
      const changes: InputHandling = {};
      if (body.status !== undefined && body.status !== input.status) changes.status = body.status;
      if (tags.join('\n') !== input.tags.join('\n')) changes.tags = tags;
      if (Object.keys(changes).length === 0) continue;
      await inputs.updateInput(id, changes, now);
      changed.push(id);
    }
    auth.audit.record(AuditAction.InputUpdated, request.identity, found.plan.id, {
      bulk: true,
      inputIds: changed,
      fields: Object.keys(body).filter((key) => key !== 'ids'),
    });
    deps.inbox.changed(found.plan.id, changed);
    return { updated: changed.length } satisfies BulkInputResponse;
  });

  registerInputRoute(app, auth, deps);

  app.get<InputParams>('/api/plans/:id/inputs/:inputId', async (request, reply) => {
    const found = await requireInbox(request, reply, auth, request.params.id, 'read');
    if (!found) return reply;
    const input = await inputOf(found.plan.id, request.params.inputId, reply);
    if (!input) return reply;
    return present(input);
  });

  app.patch<InputParams>('/api/plans/:id/inputs/:inputId', async (request, reply) => {
    const found = await requireInbox(request, reply, auth, request.params.id, 'handle');
    if (!found) return reply;
    const body = parseOr400(updateInputBodySchema, request.body, reply);
    if (!body) return reply;
    const input = await inputOf(found.plan.id, request.params.inputId, reply);
    if (!input) return reply;
    if (body.duplicateOf) {
      const original = await inputs.getInput(body.duplicateOf);
      if (body.duplicateOf === input.id || !original || original.planId !== found.plan.id) {
        return sendError(
          reply,
          400,
          ApiErrorCode.BadRequest,
          'duplicateOf: another input of this plan',
        );
      }
    }
    // The schema's pattern is exactly the SectionKey shape; TypeScript cannot see that from a regex.
    const section = body.section as SectionKey | undefined;
    const changeSection = body.changeSection as SectionKey | null | undefined;
    const changes: InputHandling = {
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.duplicateOf !== undefined ? { duplicateOf: body.duplicateOf } : {}),
      ...(body.summary !== undefined ? { summary: body.summary } : {}),
      ...(body.assessment !== undefined ? { assessment: body.assessment } : {}),
      ...(body.tags !== undefined ? { tags: distinctTags(body.tags) } : {}),
    };
    if (section !== undefined || (changeSection !== undefined && changeSection !== null)) {
      // Sections are named by the plan as it is now: a key must point at something in it.
      const snapshot = await liveSnapshot(deps.docs, found.plan.id, request.log);
      const labelOf = (key: SectionKey) => sectionLabel(key, snapshot, 'nb');
      if (section !== undefined) {
        const label = labelOf(section);
        if (label === null)
          return sendError(
            reply,
            400,
            ApiErrorCode.BadRequest,
            'section: no such section in the plan',
          );
        changes.section = section;
        changes.sectionLabel = label;
      }
      if (changeSection && labelOf(changeSection) === null) {
        return sendError(
          reply,
          400,
          ApiErrorCode.BadRequest,
          'changeSection: no such section in the plan',
        );
      }
    }
    if (changeSection !== undefined) changes.changeSection = changeSection;
    const now = Date.now();
    await inputs.updateInput(input.id, changes, now);
    // Field names only: the summary and assessment are the case, not the log's business.
    auth.audit.record(AuditAction.InputUpdated, request.identity, found.plan.id, {
      inputId: input.id,
      reference: inputReference(input.receivedAt, input.number),
      fields: Object.keys(body),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
    });
    deps.inbox.changed(found.plan.id, [input.id]);
    return present({ ...input, ...changes, updatedAt: now });
  });

  app.delete<InputParams>('/api/plans/:id/inputs/:inputId', async (request, reply) => {
    const found = await requireInbox(request, reply, auth, request.params.id, 'handle');
    if (!found) return reply;
    const input = await inputOf(found.plan.id, request.params.inputId, reply);
    if (!input) return reply;
    const fileIds = await inputs.deleteInput(input.id);
    for (const fileId of fileIds) await blobs.delete(fileId);
    // Inputs marked as its duplicates no longer point at nothing.
    const now = Date.now();
    const duplicates = (await inputs.listInputs(found.plan.id)).filter(
      (other) => other.duplicateOf === input.id,
    );
    for (const duplicate of duplicates)
      await inputs.updateInput(duplicate.id, { duplicateOf: null }, now);
    auth.audit.record(AuditAction.InputDeleted, request.identity, found.plan.id, {
      inputId: input.id,
      reference: inputReference(input.receivedAt, input.number),
      files: fileIds.length,
    });
    deps.inbox.changed(found.plan.id, [input.id, ...duplicates.map((d) => d.id)]);
    return reply.status(204).send();
  });

  app.get<FileParams>('/api/plans/:id/inputs/:inputId/files/:fileId', async (request, reply) => {
    const found = await requireInbox(request, reply, auth, request.params.id, 'read');
    if (!found) return reply;
    const input = await inputOf(found.plan.id, request.params.inputId, reply);
    if (!input) return reply;
    const file = await files.getFile(request.params.fileId);
    const bytes = file && file.ownerId === input.id ? await blobs.get(file.id) : null;
    if (!file || !bytes) return sendError(reply, 404, ApiErrorCode.NotFound, 'No such attachment');
    return sendDownload(reply, { name: file.name, kind: file.kind, bytes });
  });
}
