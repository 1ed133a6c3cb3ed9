import * as Y from 'yjs';
import { discussionDocName } from '../../shared/discussion/keys';
import type { AnnotateOptions } from '../../shared/discussion/annotate';
import type { ExportLocale } from '../../shared/export/labels';
import { planDocName } from '../../shared/protocol';
import type { ShapeProblem } from '../../shared/plan/schema/problems';
import type { DocStore } from '../docs/DocStore';
import type { Storage, PlanRecord, VersionRecord } from '../storage/Storage';
import { logPlanProblems, type WarnLog } from '../versions/planProblems';
import { discussionAs, type ExportDiscussionOptions } from './exportDiscussion';
import { encodedState, type EncodedState } from './liveState';
import { planContributors } from './planContributors';
import { planGoals } from './planGoals';
import { loadPlanLogo } from './planLogo';
import type { PlanRenderInput } from './planFromState';

/** A live document's encoded state, read through the DocStore (edits not yet compacted too). */
async function liveState(docs: DocStore, name: string): Promise<EncodedState & { doc: Y.Doc }> {
  const live = await docs.open(name);
  try {
    return { ...encodedState(live), doc: live.doc };
  } finally {
    docs.release(name);
  }
}

export interface PlanRenderSource {
  input: PlanRenderInput;
  /** The plan state's hash, when already known (a live plan's, see liveState.ts). */
  stateHash?: string;
  /** Logs what of the plan did not fit its shape, as the worker found it. */
  logProblems: (problems: readonly ShapeProblem[]) => void;
}

/**
 * What the render worker needs for a plan's DOCX or PDF (planFromState.ts): the plan's state as
 * bytes (the live one encoded once per change, or a version's as stored), the live discussion's
 * when comments or suggestions are asked for, and the small metadata the file prints. Reading
 * stops here: no snapshot, no model on the event loop.
 */
export async function planRenderSource(
  deps: { docs: DocStore; storage: Storage; log: WarnLog },
  request: {
    plan: PlanRecord;
    version: VersionRecord | null;
    format: 'docx' | 'pdf';
    locale: ExportLocale;
    annotate: AnnotateOptions | null;
    discussionOptions: ExportDiscussionOptions;
  },
): Promise<PlanRenderSource> {
  const { plan, version, format, annotate } = request;
  const live = version ? null : await liveState(deps.docs, planDocName(plan.id));
  const discussion = annotate
    ? {
        state: (await liveState(deps.docs, discussionDocName(plan.id))).bytes,
        annotate,
        as: discussionAs(format, request.discussionOptions),
      }
    : undefined;
  const [history, contributors, goals, logo] = await Promise.all([
    deps.storage.versions.listVersions(plan.id),
    planContributors(deps.storage, plan.id),
    planGoals(deps.storage, plan.id),
    loadPlanLogo(deps.storage, plan.id),
  ]);
  const input: PlanRenderInput = {
    format,
    planState: live ? live.bytes : version!.state,
    ...(discussion ? { discussion } : {}),
    plan: { title: plan.title, municipality: plan.municipality, contentLanguage: plan.contentLanguage },
    version: version ? { name: version.name, step: version.step, createdAt: version.createdAt } : null,
    history: history.map(({ name, step, createdAt }) => ({ name, step, createdAt })),
    contributors,
    goals,
    locale: request.locale,
    ...(version ? {} : { now: new Date() }),
    logo,
  };
  // A live plan's problems are logged once while it stays loaded; a version's once per read, as
  // before the model moved to the worker (a fresh document per read).
  const problemsOf = live ? live.doc : new Y.Doc();
  return {
    input,
    ...(live ? { stateHash: live.hash } : {}),
    logProblems: (problems) => {
      const sink = logPlanProblems(deps.log, plan.id, problemsOf);
      for (const problem of problems) sink(problem);
    },
  };
}
