import * as Y from 'yjs';
import { LIVE } from '../../shared/api/versions';
import { planDocName } from '../../shared/protocol';
import { planSnapshot, type PlanSnapshot } from '../../shared/plan/snapshot';
import { restorePlan } from '../../shared/plan/restore';
import type { DocStore } from '../docs/DocStore';
import type { VersionRecord, VersionStorage } from '../storage/Storage';
import { logPlanProblems, type WarnLog } from './planProblems';

/**
 * A version's content, read in a throwaway document that never reaches the live one. With a
 * log, what does not fit the plan's shape is logged (once per read: the document is new).
 */
export function snapshotOfState(
  state: Uint8Array,
  log?: { log: WarnLog; planId: string },
): PlanSnapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return planSnapshot(doc, log ? logPlanProblems(log.log, log.planId, doc) : undefined);
  } finally {
    doc.destroy();
  }
}

/**
 * Runs `work` on the plan's live document, opened through the DocStore so edits not yet
 * compacted are included and changes reach storage and everyone connected.
 */
export async function withLiveDoc<T>(
  docs: DocStore,
  planId: string,
  work: (doc: Y.Doc) => T,
): Promise<T> {
  const name = planDocName(planId);
  const live = await docs.open(name);
  try {
    return work(live.doc);
  } finally {
    docs.release(name);
  }
}

/** The live plan's content; what does not fit its shape is logged once per loaded document. */
export function liveSnapshot(docs: DocStore, planId: string, log?: WarnLog): Promise<PlanSnapshot> {
  return withLiveDoc(docs, planId, (doc) =>
    planSnapshot(doc, log ? logPlanProblems(log, planId, doc) : undefined),
  );
}

/** The version of this plan with this id; another plan's version counts as unknown. */
export async function versionOf(
  versions: VersionStorage,
  planId: string,
  id: string,
): Promise<VersionRecord | null> {
  const version = await versions.getVersion(id);
  return version && version.planId === planId ? version : null;
}

/** `live` or a version id of this plan, as content; null when the version is unknown. */
export async function resolveSnapshot(
  deps: { docs: DocStore; versions: VersionStorage; log?: WarnLog },
  planId: string,
  ref: string,
): Promise<PlanSnapshot | null> {
  if (ref === LIVE) return liveSnapshot(deps.docs, planId, deps.log);
  const version = await versionOf(deps.versions, planId, ref);
  if (!version) return null;
  return snapshotOfState(version.state, deps.log ? { log: deps.log, planId } : undefined);
}

/** The restore was applied to the live plan but storage did not commit it in time. */
export class RestoreNotDurable extends Error {
  constructor(cause: unknown) {
    super('the restore was applied but storage did not commit it', { cause });
    this.name = 'RestoreNotDurable';
  }
}

/** Resolves when `promise` does, rejects if it rejects or takes longer than `ms`. */
function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not committed within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Applies a version to the live document as one forward change (history is kept), repairing a
 * damaged live plan on the way (logged), and resolves only once that change is committed to
 * storage: whoever restored may be told "restored" only when it is. Rejects with
 * `RestoreNotDurable` when storage fails or does not commit within `durableWithinMs`; the change
 * stays in the live plan and is stored when storage recovers (the writer keeps retrying).
 */
export async function restoreVersion(
  docs: DocStore,
  planId: string,
  version: VersionRecord,
  options: { log: WarnLog; durableWithinMs: number },
): Promise<void> {
  const frozen = new Y.Doc();
  try {
    Y.applyUpdate(frozen, version.state);
    await withLiveDoc(docs, planId, (live) =>
      restorePlan(live, frozen, logPlanProblems(options.log, planId, live)),
    );
  } finally {
    frozen.destroy();
  }
  try {
    await within(docs.whenDurable(), options.durableWithinMs);
  } catch (error) {
    throw new RestoreNotDurable(error);
  }
}
