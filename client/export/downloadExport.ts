import { ApiError, isRecord } from '../http/request';

/**
 * Fetches a file as a blob (same origin, so the session cookie goes along) and hands it to the
 * browser as a download. Rejects with ApiError for an error answer and TypeError when the server
 * cannot be reached; resolves with the response, so the caller can read its headers.
 */
export async function fetchBlob(
  url: string,
  signal?: AbortSignal,
): Promise<{ blob: Blob; response: Response }> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    const code = typeof error.code === 'string' ? error.code : 'http-error';
    throw new ApiError(response.status, code, response.statusText);
  }
  return { blob: await response.blob(), response };
}

/** Saves a blob under a name through a temporary link (the object URL is released afterwards). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download once click() returns; a later release is kind to slow ones.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
