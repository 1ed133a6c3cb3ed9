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

/** What of the plan's deliberation a file carries; neither is a clean copy of the text. */
export interface DiscussionChoice {
  comments: boolean;
  trackChanges: boolean;
}

export const CLEAN_COPY: DiscussionChoice = { comments: false, trackChanges: false };

/**
 * Word carries both (comments in the margin, suggestions as tracked changes), PDF and HTML the
 * comments (as an appendix), Markdown neither: a format is only asked for what it can carry.
 */
function carries(format: ExportFormat): (keyof DiscussionChoice)[] {
  if (format === 'docx') return ['comments', 'trackChanges'];
  return format === 'md' ? [] : ['comments'];
}

/**
 * `version` is a version id, or null for the live draft. `language` is the labels' language, or
 * null for the plan's own (the server's default: headings such as "Innhold" follow the plan text).
 */
export function exportUrl(
  planId: string,
  format: ExportFormat,
  version: string | null,
  language: string | null,
  choice: DiscussionChoice = CLEAN_COPY,
): string {
  const query = new URLSearchParams({ format });
  if (version) query.set('version', version);
  if (language) query.set('lang', language);
  for (const option of carries(format)) if (choice[option]) query.set(option, 'true');
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
