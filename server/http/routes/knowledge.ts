import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import {
  addKnowledgeLinkBodySchema,
  knowledgeFileFieldsSchema,
  PublicLimits,
  reorderBodySchema,
  updateKnowledgeItemBodySchema,
  type KnowledgeItemResponse,
  type KnowledgeListResponse,
} from '../../../shared/api/publicPage';
import { Permission } from '../../../shared/auth/roles';
import { newId } from '../../../shared/plan/items';
import { FileLimits, KNOWLEDGE_FILE_KINDS } from '../../../shared/public/fileKinds';
import { readUpload } from '../../files/readUpload';
import { positionAfter, reorderPositions } from '../../inputs/reorder';
import type { FileRecord, KnowledgeRecord } from '../../storage/Storage';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requirePlan } from '../guards';
import { parseOr400 } from '../parseRequest';
import { presentKnowledgeItem } from '../presenters/publicSide';
import { sendDownload } from '../sendDownload';
import { sendUploadRefusal } from '../uploadRefusal';

type PlanParams = { Params: { id: string } };
type ItemParams = { Params: { id: string; itemId: string } };

/**
 * The knowledge base (kunnskapsgrunnlag): documents and links the owner keeps in their own
 * order. Everyone in the plan reads it (editors see it inside the editor); only the owner
 * changes it.
 */
export function knowledgeRoutes(app: FastifyInstance, auth: AuthContext): void {
  const { knowledge, files, blobs } = auth.storage;
  const guard = (
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
    permission: Permission,
  ) => requirePlan(request, reply, auth, request.params.id, permission);

  async function present(records: readonly KnowledgeRecord[]) {
    const fileRecords = await files.listFilesOf(
      records.filter((r) => r.fileId !== null).map((r) => r.id),
    );
    const byId = new Map(fileRecords.map((file) => [file.id, file] as const));
    return records.map((record) => presentKnowledgeItem(record, byId));
  }

  async function list(planId: string): Promise<KnowledgeListResponse> {
    return { items: await present(await knowledge.list(planId)) };
  }

  /** The item of this plan, or a 404 sent; another plan's item counts as unknown. */
  async function itemOf(
    planId: string,
    itemId: string,
    reply: FastifyReply,
  ): Promise<KnowledgeRecord | null> {
    const item = await knowledge.get(itemId);
    if (item && item.planId === planId) return item;
    void sendError(reply, 404, ApiErrorCode.NotFound, 'No such knowledge item');
    return null;
  }

  /** The position for a new item, or a 409 sent when the list is full. */
  async function nextPosition(planId: string, reply: FastifyReply): Promise<string | null> {
    const items = await knowledge.list(planId);
    if (items.length >= PublicLimits.knowledgeItemsMax) {
      void sendError(
        reply,
        409,
        ApiErrorCode.BadRequest,
        `A knowledge base holds at most ${PublicLimits.knowledgeItemsMax} items`,
      );
      return null;
    }
    return positionAfter(items.map((item) => item.position));
  }

  app.get<PlanParams>('/api/plans/:id/knowledge', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    return list(found.plan.id);
  });

  app.post<PlanParams>('/api/plans/:id/knowledge/links', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(addKnowledgeLinkBodySchema, request.body, reply);
    if (!body) return reply;
    const position = await nextPosition(found.plan.id, reply);
    if (position === null) return reply;
    const record: KnowledgeRecord = {
      id: newId(),
      planId: found.plan.id,
      title: body.title,
      description: body.description,
      url: body.url,
      fileId: null,
      position,
      createdAt: Date.now(),
    };
    await knowledge.add(record);
    auth.audit.record(AuditAction.KnowledgeAdded, request.identity, found.plan.id, {
      itemId: record.id,
      title: record.title,
      kind: 'link',
    });
    const response: KnowledgeItemResponse = { item: presentKnowledgeItem(record, new Map()) };
    return reply.status(201).send(response);
  });

  app.post<PlanParams>('/api/plans/:id/knowledge/files', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const upload = await readUpload(request, {
      kinds: KNOWLEDGE_FILE_KINDS,
      maxFileBytes: FileLimits.knowledgeMaxBytes,
      maxFiles: 1,
      maxFields: 2,
      maxFieldBytes: 4 * 1024,
    });
    if (!upload.ok) return sendUploadRefusal(reply, upload);
    const fields = parseOr400(knowledgeFileFieldsSchema, upload.fields, reply);
    if (!fields) return reply;
    const file = upload.files[0];
    if (!file || file.field !== 'file') {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        'file: send the document as the part named "file"',
      );
    }
    const position = await nextPosition(found.plan.id, reply);
    if (position === null) return reply;
    const now = Date.now();
    const itemId = newId();
    const fileRecord: FileRecord = {
      id: newId(),
      planId: found.plan.id,
      ownerId: itemId,
      name: file.name,
      kind: file.kind,
      size: file.bytes.length,
      sha256: file.sha256,
      createdAt: now,
    };
    const record: KnowledgeRecord = {
      id: itemId,
      planId: found.plan.id,
      title: fields.title,
      description: fields.description,
      url: null,
      fileId: fileRecord.id,
      position,
      createdAt: now,
    };
    // The bytes first: a record is never written for a file that is not durable. Should the
    // records fail, the bytes are removed again rather than left without an owner.
    await blobs.put(fileRecord.id, file.bytes);
    try {
      await files.addFile(fileRecord);
      await knowledge.add(record);
    } catch (error) {
      await files.deleteFilesOf(itemId).catch(() => undefined);
      await blobs.delete(fileRecord.id).catch(() => undefined);
      throw error;
    }
    auth.audit.record(AuditAction.KnowledgeAdded, request.identity, found.plan.id, {
      itemId,
      title: record.title,
      kind: file.kind,
      size: fileRecord.size,
    });
    const response: KnowledgeItemResponse = {
      item: presentKnowledgeItem(record, new Map([[fileRecord.id, fileRecord]])),
    };
    return reply.status(201).send(response);
  });

  app.put<PlanParams>('/api/plans/:id/knowledge/order', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(reorderBodySchema, request.body, reply);
    if (!body) return reply;
    const items = await knowledge.list(found.plan.id);
    const order = reorderPositions(
      items.map((item) => item.id),
      body.ids,
    );
    if (!order.ok) return sendError(reply, 400, ApiErrorCode.BadRequest, `ids: ${order.message}`);
    await knowledge.setPositions(order.positions);
    auth.audit.record(AuditAction.KnowledgeChanged, request.identity, found.plan.id, {
      reordered: body.ids.length,
    });
    return list(found.plan.id);
  });

  app.patch<ItemParams>('/api/plans/:id/knowledge/:itemId', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const body = parseOr400(updateKnowledgeItemBodySchema, request.body, reply);
    if (!body) return reply;
    const item = await itemOf(found.plan.id, request.params.itemId, reply);
    if (!item) return reply;
    if (body.url !== undefined && item.url === null) {
      return sendError(
        reply,
        400,
        ApiErrorCode.BadRequest,
        'url: a document has no address; upload a new one instead',
      );
    }
    const fields = {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.url !== undefined ? { url: body.url } : {}),
    };
    await knowledge.update(item.id, fields);
    auth.audit.record(AuditAction.KnowledgeChanged, request.identity, found.plan.id, {
      itemId: item.id,
      fields: Object.keys(fields),
    });
    const updated: KnowledgeRecord = { ...item, ...fields };
    const [items] = await present([updated]);
    return { item: items! } satisfies KnowledgeItemResponse;
  });

  app.delete<ItemParams>('/api/plans/:id/knowledge/:itemId', async (request, reply) => {
    const found = await guard(request, reply, Permission.ManagePublicPage);
    if (!found) return reply;
    const item = await itemOf(found.plan.id, request.params.itemId, reply);
    if (!item) return reply;
    // The item first, so the page stops offering the document before its bytes go.
    await knowledge.remove(item.id);
    const fileIds = await files.deleteFilesOf(item.id);
    for (const fileId of fileIds) await blobs.delete(fileId);
    auth.audit.record(AuditAction.KnowledgeRemoved, request.identity, found.plan.id, {
      itemId: item.id,
      title: item.title,
    });
    return reply.status(204).send();
  });

  app.get<ItemParams>('/api/plans/:id/knowledge/:itemId/file', async (request, reply) => {
    const found = await guard(request, reply, Permission.ReadPlan);
    if (!found) return reply;
    const item = await itemOf(found.plan.id, request.params.itemId, reply);
    if (!item) return reply;
    const file = item.fileId ? await files.getFile(item.fileId) : null;
    const bytes = file ? await blobs.get(file.id) : null;
    if (!file || !bytes)
      return sendError(reply, 404, ApiErrorCode.NotFound, 'This item has no document');
    return sendDownload(reply, { name: file.name, kind: file.kind, bytes });
  });
}
