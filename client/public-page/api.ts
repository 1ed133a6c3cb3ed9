import type { ApiError, ApiErrorCode } from '../../shared/api/errors';
import type { SubmitInputResponse } from '../../shared/api/inputs';

/** Plain fetch (no client library): what the page reads and sends, under /api/public. */

export type Fetched<T> = { ok: true; data: T } | { ok: false; notFound: boolean };

export async function getPublic<T>(path: string): Promise<Fetched<T>> {
  try {
    const response = await fetch(`/api/public/plans/${path}`);
    if (response.ok) return { ok: true, data: (await response.json()) as T };
    return { ok: false, notFound: response.status === 404 };
  } catch {
    return { ok: false, notFound: false };
  }
}

/** Why sending was refused: the server's code, or `network` when no answer came. */
export interface SubmitRefusal {
  code: ApiErrorCode | 'network';
  /** From Retry-After, when rate limited. */
  retryAfterSeconds: number | null;
}

export type SubmitOutcome =
  { ok: true; receipt: SubmitInputResponse } | ({ ok: false } & SubmitRefusal);

/** Sends the form as multipart; the browser adds the Origin header the server checks. */
export async function submitInput(slug: string, body: FormData): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/public/plans/${encodeURIComponent(slug)}/inputs`, {
      method: 'POST',
      body,
    });
  } catch {
    return { ok: false, code: 'network', retryAfterSeconds: null };
  }
  if (response.ok) return { ok: true, receipt: (await response.json()) as SubmitInputResponse };
  const retryAfter = Number(response.headers.get('retry-after'));
  let code: ApiErrorCode = response.status >= 500 ? 'internal' : 'bad-request';
  try {
    code = ((await response.json()) as ApiError).error.code;
  } catch {
    // A proxy's HTML error page: the status decides.
  }
  return { ok: false, code, retryAfterSeconds: retryAfter > 0 ? retryAfter : null };
}
