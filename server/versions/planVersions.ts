import * as Y from 'yjs';
import { LIVE } from '../../shared/api/versions';
import { planDocName } from '../../shared/protocol';
import { planSnapshot, type PlanSnapshot } from '../../shared/plan/snapshot';
import { restorePlan } from '../../shared/plan/restore';
import type { DocStore } from '../docs/DocStore';
import type { VersionRecord, VersionStorage } from '../storage/Storage';

/** A version's content, read in a throwaway document that never reaches the live one. */
export function snapshotOfState(state: Uint8Array): PlanSnapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return planSnapshot(doc);
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
  deps: { docs: DocStore; versions: VersionStorage },
  planId: string,
  ref: string,
): Promise<PlanSnapshot | null> {
  if (ref === LIVE) return withLiveDoc(deps.docs, planId, planSnapshot);
  const version = await versionOf(deps.versions, planId, ref);
  return version ? snapshotOfState(version.state) : null;
}

/** Applies a version to the live document as one forward change (history is kept). */
export function restoreVersion(
  docs: DocStore,
  planId: string,
  version: VersionRecord,
): Promise<void> {
  const frozen = new Y.Doc();
  try {
    Y.applyUpdate(frozen, version.state);
  } catch (error) {
    frozen.destroy();
    throw error;
  }
  return withLiveDoc(docs, planId, (live) => restorePlan(live, frozen)).finally(() =>
    frozen.destroy(),
  );
}
