/** Lives in client/http/, not client/api/: in development Vite proxies every /api/* URL to the server. */

/** The request reached the server and it answered with an error (`{ error: { code, message } }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before trying again, from Retry-After (429 answers). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function badResponse(what: string): ApiError {
  return new ApiError(0, 'bad-response', `unexpected answer: ${what}`);
}

function retryAfter(response: Response): number | null {
  const value = response.headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * One JSON request to the server (same origin, so the session cookie and the Origin header that
 * state-changing routes require go along by themselves). Resolves with the parsed body, or null
 * for 204; rejects with ApiError for an error answer and TypeError when the server is unreachable.
 */
export async function request(
  path: string,
  init?: RequestInit & { json?: unknown },
): Promise<unknown> {
  const { json, ...rest } = init ?? {};
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    credentials: 'same-origin',
    ...rest,
    headers: { ...headers, ...(rest.headers as Record<string, string> | undefined) },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  if (response.status === 204) return null;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    const code = typeof error.code === 'string' ? error.code : 'http-error';
    const message = typeof error.message === 'string' ? error.message : response.statusText;
    throw new ApiError(response.status, code, message, retryAfter(response));
  }
  return body;
}

/** The path part of an API URL with each dynamic segment escaped. */
export function apiPath(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce(
    (path, part, index) =>
      path + part + (index < values.length ? encodeURIComponent(values[index] ?? '') : ''),
    '',
  );
}
