import type { FastifyReply } from 'fastify';
import { FILE_KINDS, type FileKind } from '../../shared/public/fileKinds';

/**
 * `filename="…"` for old clients: ASCII only, no quotes or backslashes (they would end the
 * parameter early), so a name can never add a header parameter of its own.
 */
function asciiFallback(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return ascii.trim() || 'download';
}

/** RFC 5987 `ext-value`: UTF-8, percent-encoded, with the characters RFC 5987 reserves escaped too. */
function rfc5987(name: string): string {
  return encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The Content-Disposition value for a download named `name` (never `inline`). */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}

/**
 * Sends an uploaded file as a download, never as something the browser renders: the MIME type
 * of the kind its bytes were checked to be, `nosniff` so the browser keeps to it, and a sandbox
 * CSP so that even a file opened directly runs no script and reaches no cookie. `name` should
 * already be safe (`safeFileName`); it is encoded here all the same.
 */
export function sendDownload(
  reply: FastifyReply,
  file: { name: string; kind: FileKind; bytes: Uint8Array },
  options: { cacheControl?: string } = {},
): FastifyReply {
  return reply
    .header('content-type', FILE_KINDS[file.kind].mime)
    .header('content-disposition', attachmentDisposition(file.name))
    .header('content-length', String(file.bytes.byteLength))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox')
    .header('cache-control', options.cacheControl ?? 'private, no-store')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}
