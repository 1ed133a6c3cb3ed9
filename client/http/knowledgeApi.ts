import type {
  AddKnowledgeLinkBody,
  KnowledgeItem,
  KnowledgeItemResponse,
  KnowledgeListResponse,
  UpdateKnowledgeItemBody,
} from '../../shared/api/publicPage';
import { ApiError, apiPath, badResponse, isRecord, request } from './request';

/** The plan's knowledge base (kunnskapsgrunnlag): documents and links in the owner's order. */

function itemsOf(body: unknown): KnowledgeItem[] {
  if (!isRecord(body) || !Array.isArray(body.items)) throw badResponse('knowledge');
  return (body as unknown as KnowledgeListResponse).items;
}

function itemOf(body: unknown): KnowledgeItem {
  if (!isRecord(body) || !isRecord(body.item)) throw badResponse('knowledge item');
  return (body as unknown as KnowledgeItemResponse).item;
}

export async function fetchKnowledge(
  planId: string,
  signal?: AbortSignal,
): Promise<KnowledgeItem[]> {
  return itemsOf(await request(apiPath`/api/plans/${planId}/knowledge`, { signal }));
}

export async function addKnowledgeLink(
  planId: string,
  body: AddKnowledgeLinkBody,
): Promise<KnowledgeItem> {
  return itemOf(
    await request(apiPath`/api/plans/${planId}/knowledge/links`, { method: 'POST', json: body }),
  );
}

export async function updateKnowledgeItem(
  planId: string,
  itemId: string,
  body: UpdateKnowledgeItemBody,
): Promise<KnowledgeItem> {
  return itemOf(
    await request(apiPath`/api/plans/${planId}/knowledge/${itemId}`, {
      method: 'PATCH',
      json: body,
    }),
  );
}

/** `ids`: every item of the plan, once, in the new order. */
export async function reorderKnowledge(
  planId: string,
  ids: readonly string[],
): Promise<KnowledgeItem[]> {
  return itemsOf(
    await request(apiPath`/api/plans/${planId}/knowledge/order`, { method: 'PUT', json: { ids } }),
  );
}

export async function removeKnowledgeItem(planId: string, itemId: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/knowledge/${itemId}`, { method: 'DELETE' });
}

/** A plain link target: the browser downloads the document with the session cookie. */
export function knowledgeFilePath(planId: string, itemId: string): string {
  return apiPath`/api/plans/${planId}/knowledge/${itemId}/file`;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText) as unknown;
  } catch {
    // Not JSON (a proxy's page): the status alone says what happened.
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = typeof error.code === 'string' ? error.code : 'http-error';
  const message = typeof error.message === 'string' ? error.message : xhr.statusText;
  const retry = Number(xhr.getResponseHeader('retry-after'));
  return new ApiError(
    xhr.status,
    code,
    message,
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

/**
 * Uploads a document as `multipart/form-data` (the text fields first, then the one `file`
 * part). XMLHttpRequest rather than fetch: only it reports upload progress, which a 20 MB file
 * on a slow line needs. Same origin, so the cookie and the Origin header go along. Rejects with
 * ApiError for an error answer and TypeError when the server cannot be reached.
 */
export function uploadKnowledgeFile(
  planId: string,
  input: { title: string; description: string; file: File },
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<KnowledgeItem> {
  const form = new FormData();
  form.append('title', input.title);
  form.append('description', input.description);
  form.append('file', input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiPath`/api/plans/${planId}/knowledge/files`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(itemOf(JSON.parse(xhr.responseText) as unknown));
        } catch (error) {
          reject(error instanceof ApiError ? error : badResponse('knowledge item'));
        }
      } else reject(errorOf(xhr));
    };
    xhr.onerror = () => reject(new TypeError('the server could not be reached'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
