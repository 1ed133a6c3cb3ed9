import { z } from 'zod';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import { exportLabels, type ExportLocale } from '../../shared/export/labels';
import { renderMarkdown } from '../../shared/export/markdown';
import type { DiscussionExport } from '../../shared/export/model/buildExportDocument';
import type { Contributor, ExportGoal } from '../../shared/export/model/types';
import type { PlanRecord, VersionMeta } from '../storage/Storage';
import { renderDocx } from './lazyRenderers';
import type { DocxLogo } from './docxLogo';
import { renderPdf } from './lazyRenderers';
import { renderHtml } from './html';
import { markdownProvenance } from './provenanceRows';
import { exportMeta, planExportDocument } from './planExportDocument';

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `true` or `false` in a query string; absent is false, so old links give today's files. */
const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  version: z.string().max(64).optional(),
  /** The labels' language; absent, the plan's own (issue #15), so a nynorsk plan reads as one. */
  lang: z.enum(['nb', 'nn', 'en']).optional(),
  /** Open comment threads: Word comments (DOCX), an appendix (PDF, HTML). */
  comments: flag,
  /** Open suggestions as tracked changes (DOCX only). */
  trackChanges: flag,
});

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** Text as a file name part any header accepts: ASCII letters and digits joined by "-". */
export function fileSlug(text: string): string {
  return text
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/å/gi, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** A file name people recognise and any header accepts: ASCII, no spaces. */
export function exportFileName(
  title: string,
  versionName: string | null,
  format: ExportFormat,
): string {
  const base = [fileSlug(title) || 'plan', versionName ? fileSlug(versionName) : '']
    .filter(Boolean)
    .join('--');
  return `${base}.${format}`;
}

/**
 * Renders a plan (its live draft or a frozen version) in one format. Every format starts from
 * the same snapshot and meta, so the files in the case file say the same thing.
 */
export async function exportPlan(input: {
  plan: PlanRecord;
  snapshot: PlanSnapshot;
  version: VersionMeta | null;
  history: readonly VersionMeta[];
  contributors?: readonly Contributor[];
  /** The master plan's goals the plan serves (`planGoals`): a table after the purpose. */
  goals?: readonly ExportGoal[];
  format: ExportFormat;
  locale: ExportLocale;
  now?: Date;
  /** The open threads, when asked for (the snapshot then carries the marks, see exportDiscussion). */
  discussion?: DiscussionExport;
  /** The municipality's logo (`loadPlanLogo`): on the DOCX and PDF title pages. */
  logo?: DocxLogo | null;
}): Promise<ExportedFile> {
  const { snapshot, format, locale } = input;
  const labels = exportLabels(locale);
  const meta = exportMeta(snapshot, input);
  const provenance = meta.provenance ?? [];
  const build = () => planExportDocument(snapshot, input, input.discussion);
  const fileName = exportFileName(meta.planTitle, meta.versionName, format);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case 'md':
      return {
        body: Buffer.from(
          [renderMarkdown(snapshot, labels, meta.goals), markdownProvenance(provenance, labels)]
            .filter(Boolean)
            .join('\n'),
          'utf8',
        ),
        contentType,
        fileName,
      };
    case 'html':
      return {
        body: Buffer.from(renderHtml(build()), 'utf8'),
        contentType,
        fileName,
      };
    case 'docx':
      return {
        body: await renderDocx(build(), { logo: input.logo ?? null }),
        contentType,
        fileName,
      };
    case 'pdf':
      return {
        body: await renderPdf(build(), { logo: input.logo ?? null }),
        contentType,
        fileName,
      };
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}
