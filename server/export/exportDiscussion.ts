import * as Y from 'yjs';
import { readDiscussion } from '../discussions/readDiscussion';
import type { AnnotateOptions } from '../../shared/discussion/annotate';
import type { DiscussionExport } from '../../shared/export/model/buildExportDocument';
import { discussionSnapshot, type PlanDiscussion } from '../../shared/export/model/planDiscussion';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import type { DocStore } from '../docs/DocStore';
import { logPlanProblems, type WarnLog } from '../versions/planProblems';
import { withLiveDoc } from '../versions/planVersions';
import type { VersionRecord } from '../storage/Storage';
import type { ExportFormat } from './exportPlan';

/**
 * What of the deliberation an export carries. Both off is a clean copy: today's output. DOCX
 * writes threads as Word comments and suggestions as tracked changes; PDF and HTML list the
 * threads in an appendix and only count suggestions; Markdown carries neither.
 */
export interface ExportDiscussionOptions {
  comments: boolean;
  trackChanges: boolean;
}

/** What to mark in the text for a format, or null when the format carries no deliberation. */
export function annotateOptionsFor(
  format: ExportFormat,
  options: ExportDiscussionOptions,
): AnnotateOptions | null {
  if (format === 'docx' && (options.comments || options.trackChanges)) {
    return { comments: options.comments, suggestions: options.trackChanges };
  }
  if ((format === 'pdf' || format === 'html') && options.comments) {
    return { comments: false, suggestions: false };
  }
  return null;
}

/** How a format shows the threads, or null when they were not asked for or it cannot. */
export function discussionAs(format: ExportFormat, options: ExportDiscussionOptions): DiscussionExport['as'] | null {
  if (!options.comments) return null;
  if (format === 'docx') return 'comments';
  if (format === 'pdf' || format === 'html') return 'appendix';
  return null;
}

/** How the model shows the threads for a format, or nothing when they were not asked for. */
export function discussionExportFor(
  format: ExportFormat,
  options: ExportDiscussionOptions,
  discussion: PlanDiscussion | undefined,
): DiscussionExport | undefined {
  const as = discussionAs(format, options);
  return discussion && as ? { discussion, as } : undefined;
}


/**
 * The content to export with the open deliberation on it: from the live draft, or from a
 * frozen version, where the (current) threads and suggestions show on the text that is in that
 * version and the others as detached.
 */
export async function discussionSource(
  deps: { docs: DocStore; log: WarnLog },
  planId: string,
  version: VersionRecord | null,
  options: AnnotateOptions,
): Promise<{ snapshot: PlanSnapshot; discussion: PlanDiscussion }> {
  const view = await readDiscussion(deps.docs, planId);
  if (!version) {
    return withLiveDoc(deps.docs, planId, (doc) =>
      discussionSnapshot(doc, view, options, logPlanProblems(deps.log, planId, doc)),
    );
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, version.state);
    return discussionSnapshot(doc, view, options, logPlanProblems(deps.log, planId, doc));
  } finally {
    doc.destroy();
  }
}
