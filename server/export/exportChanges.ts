import { z } from 'zod';
import { LIVE } from '../../shared/api/versions';
import type { ExportLocale } from '../../shared/export/labels';
import { buildChangeReport } from '../../shared/export/model/buildChangeReport';
import { stepLabel } from '../../shared/export/stepLabels';
import { diffPlans } from '../../shared/plan/diff';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import type { PlanRecord, VersionMeta } from '../storage/Storage';
import { renderDocx, renderPdf } from './lazyRenderers';
import { CONTENT_TYPES, fileSlug, type ExportedFile } from './exportPlan';
import { renderHtml } from './html';

export const CHANGE_FORMATS = ['docx', 'pdf', 'html'] as const;
export type ChangeFormat = (typeof CHANGE_FORMATS)[number];

export const changesQuerySchema = z.object({
  from: z.string().min(1).max(64),
  to: z.string().min(1).max(64),
  format: z.enum(CHANGE_FORMATS),
  lang: z.enum(['nb', 'nn', 'en']).default('nb'),
});

/** One side of the comparison: its content and, for a frozen version, what it was frozen as. */
export interface ChangeSide {
  ref: string;
  snapshot: PlanSnapshot;
  version: VersionMeta | null;
}

/** The live draft is named by its step word ("Utkast"), as on the title page of its export. */
function sideName(side: ChangeSide, locale: ExportLocale): string {
  return side.version?.name ?? stepLabel('draft', locale);
}

/** "endringer-<from>-<to>.docx": the versions' names, or "live", so the case file sorts them. */
export function changesFileName(from: ChangeSide, to: ChangeSide, format: ChangeFormat): string {
  const part = (side: ChangeSide) => (side.version ? fileSlug(side.version.name) : '') || side.ref;
  return `endringer-${fileSlug(part(from)) || LIVE}-${fileSlug(part(to)) || LIVE}.${format}`;
}

/** The changes from one version of a plan to another, as a document for the case file. */
export async function exportChanges(input: {
  plan: PlanRecord;
  from: ChangeSide;
  to: ChangeSide;
  format: ChangeFormat;
  locale: ExportLocale;
  now?: Date;
}): Promise<ExportedFile> {
  const { plan, from, to, format, locale } = input;
  const report = buildChangeReport(diffPlans(from.snapshot, to.snapshot), {
    planTitle: to.snapshot.title || plan.title,
    municipality: plan.municipality,
    fromName: sideName(from, locale),
    toName: sideName(to, locale),
    // The newer side's date: the report describes the plan as it stood then.
    date: to.version ? new Date(to.version.createdAt) : (input.now ?? new Date()),
    locale,
  });
  const fileName = changesFileName(from, to, format);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case 'html':
      return { body: Buffer.from(renderHtml(report), 'utf8'), contentType, fileName };
    case 'docx':
      return { body: await renderDocx(report), contentType, fileName };
    case 'pdf':
      return { body: await renderPdf(report), contentType, fileName };
  }
}
