/**
 * A plan's printable document built from its Yjs state, in the render worker thread (issue
 * #16): reading a 150-strategy plan and building its model is tens of milliseconds, which ten
 * exports at once would otherwise spend on the event loop the editors' keystrokes wait for.
 * The route hands over bytes and small metadata; permissions and validation stay with it.
 */
import * as Y from 'yjs';
import type { AnnotateOptions } from '../../shared/discussion/annotate';
import { discussionView } from '../../shared/discussion/view';
import { discussionSnapshot } from '../../shared/export/model/planDiscussion';
import type { ExportDocument } from '../../shared/export/model/types';
import { planSnapshot } from '../../shared/plan/snapshot';
import type { ShapeProblem } from '../../shared/plan/schema/problems';
import type { DocxLogo } from './docxLogo';
import { exportMeta, planExportDocument, type PlanExportMeta } from './planExportDocument';

export interface PlanRenderInput extends PlanExportMeta {
  format: 'docx' | 'pdf';
  /** The plan document's whole state: `Y.encodeStateAsUpdate` of the live one, or a version's stored state. */
  planState: Uint8Array;
  /**
   * With comments or suggestions asked for: the (live) discussion document's state, what to
   * mark in the text, and how the threads show (Word comments, an appendix, or not at all when
   * only suggestions were asked for).
   */
  discussion?: { state: Uint8Array; annotate: AnnotateOptions; as: 'comments' | 'appendix' | null };
  /** The municipality's logo (`loadPlanLogo`): on the DOCX and PDF title pages. */
  logo: DocxLogo | null;
}

/** Reads a document's state into a throwaway Y.Doc for the length of `work`. */
function withDoc<T>(state: Uint8Array, work: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return work(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The document to render, and what of the plan did not fit its shape (the tolerant readers skip
 * it; the main thread logs it, as it has the server's log).
 */
export function planDocumentFromState(input: PlanRenderInput): { doc: ExportDocument; problems: ShapeProblem[]; planTitle: string } {
  const problems: ShapeProblem[] = [];
  const report = (problem: ShapeProblem) => void problems.push(problem);
  const { discussion } = input;
  return withDoc(input.planState, (plan) => {
    if (!discussion) {
      const snapshot = planSnapshot(plan, report);
      return { doc: planExportDocument(snapshot, input), problems, planTitle: exportMeta(snapshot, input).planTitle };
    }
    const view = withDoc(discussion.state, discussionView);
    const { snapshot, discussion: threads } = discussionSnapshot(plan, view, discussion.annotate, report);
    const doc = planExportDocument(snapshot, input, discussion.as ? { discussion: threads, as: discussion.as } : undefined);
    return { doc, problems, planTitle: exportMeta(snapshot, input).planTitle };
  });
}
