import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { fileKindOfMime, safeFileName, type FileKind } from '../../shared/public/fileKinds';

/** A file that passed the checks: its kind comes from its bytes, its name is safe to show. */
export interface UploadedFile {
  /** The form field it came in. */
  field: string;
  name: string;
  kind: FileKind;
  bytes: Buffer;
  sha256: string;
}

export interface UploadLimits {
  /** Kinds accepted; any other content is refused, whatever its name or claimed type. */
  kinds: readonly FileKind[];
  maxFileBytes: number;
  maxFiles: number;
  /** Text fields: how many, and how long each (bytes). */
  maxFields: number;
  maxFieldBytes: number;
  /** The kind of content file-type knows no magic number for (SVG is text), or null. */
  detectText?: (bytes: Buffer) => FileKind | null;
}

/** Why an upload was refused; each has its own message in the client. */
export type UploadRefusal =
  | { reason: 'not-multipart' }
  | { reason: 'malformed' }
  | { reason: 'file-too-large'; field: string; name: string; maxBytes: number }
  | { reason: 'too-many-files'; maxFiles: number }
  | { reason: 'field-too-large'; field: string }
  | { reason: 'too-many-fields' }
  | { reason: 'wrong-type'; field: string; name: string; allowed: readonly FileKind[] }
  | { reason: 'empty-file'; field: string; name: string };

export type UploadResult =
  | { ok: true; fields: Record<string, string>; files: UploadedFile[] }
  | ({ ok: false } & UploadRefusal);

/**
 * Reads a `multipart/form-data` request whole, within limits, and checks every file's type by
 * its content (file-type's magic numbers; a DOCX, ODT or XLSX by the entries in its zip). The
 * first problem ends reading and is returned; nothing is kept of a refused request.
 *
 * Files are held in memory: they are at most a few tens of MB, and storing them needs the bytes
 * whole anyway (hash, blob store). The app registers @fastify/multipart with limits at least as
 * large as any route's, and each route passes its own here.
 */
export async function readUpload(request: FastifyRequest, limits: UploadLimits): Promise<UploadResult> {
  if (!request.isMultipart()) return { ok: false, reason: 'not-multipart' };
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let fieldCount = 0;
  try {
    const parts = request.parts({
      limits: {
        fileSize: limits.maxFileBytes,
        // One more than allowed, so "too many" is seen rather than silently cut off.
        files: limits.maxFiles + 1,
        fields: limits.maxFields + 1,
        fieldSize: limits.maxFieldBytes,
        parts: limits.maxFiles + limits.maxFields + 2,
      },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        fieldCount += 1;
        if (fieldCount > limits.maxFields) return { ok: false, reason: 'too-many-fields' };
        if (part.valueTruncated) return { ok: false, reason: 'field-too-large', field: part.fieldname };
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      const claimedName = part.filename || 'dokument';
      if (files.length >= limits.maxFiles) {
        part.file.resume();
        return { ok: false, reason: 'too-many-files', maxFiles: limits.maxFiles };
      }
      const bytes = await part.toBuffer();
      if (part.file.truncated) {
        return { ok: false, reason: 'file-too-large', field: part.fieldname, name: claimedName, maxBytes: limits.maxFileBytes };
      }
      // A browser sends an empty part for a file input left empty: that is no file, not an error.
      if (bytes.length === 0 && !part.filename) continue;
      if (bytes.length === 0) return { ok: false, reason: 'empty-file', field: part.fieldname, name: claimedName };
      // Loaded on the first upload, not at start-up: an idle server never needs file-type (issue #16).
      const detected = await (await import('file-type')).fileTypeFromBuffer(bytes);
      // file-type calls an SVG "application/xml" at best: text kinds are the route's to decide.
      const kind = (detected ? fileKindOfMime(detected.mime) : null) ?? limits.detectText?.(bytes) ?? null;
      if (!kind || !limits.kinds.includes(kind)) {
        return { ok: false, reason: 'wrong-type', field: part.fieldname, name: claimedName, allowed: limits.kinds };
      }
      files.push({
        field: part.fieldname,
        name: safeFileName(claimedName, kind),
        kind,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      return { ok: false, reason: 'file-too-large', field: '', name: '', maxBytes: limits.maxFileBytes };
    }
    if (code === 'FST_FILES_LIMIT') return { ok: false, reason: 'too-many-files', maxFiles: limits.maxFiles };
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return { ok: false, reason: 'too-many-fields' };
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return { ok: false, reason: 'not-multipart' };
    // The parser's own complaints about the body (cut short, no boundary, broken part headers) are
    // the sender's mistake, not the server's: a 400, never a 500.
    if (code === undefined && error instanceof Error && /multipart|boundary|part header/i.test(error.message)) {
      return { ok: false, reason: 'malformed' };
    }
    throw error;
  }
  return { ok: true, fields, files };
}
