import { apiPath } from '../http/request';

/** The formats of `GET /api/plans/:id/export`, in the order they are offered. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSIONS: Record<ExportFormat, string> = {
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  md: 'md',
};

/** `version` is a version id, or null for the live draft. */
export function exportUrl(
  planId: string,
  format: ExportFormat,
  version: string | null,
  language: string,
): string {
  const query = new URLSearchParams({ format });
  if (version) query.set('version', version);
  query.set('lang', language);
  return `${apiPath`/api/plans/${planId}/export`}?${query.toString()}`;
}

/** The file name from Content-Disposition (RFC 6266, UTF-8 form preferred), else one of our own. */
export function downloadName(
  disposition: string | null,
  fallbackBase: string,
  format: ExportFormat,
): string {
  if (disposition) {
    const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
    if (encoded) {
      try {
        return decodeURIComponent(encoded.trim());
      } catch {
        // A malformed name falls through to the plain one.
      }
    }
    const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
    if (plain) return plain.trim();
  }
  const base = fallbackBase.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'plan';
  return `${base}.${EXTENSIONS[format]}`;
}
