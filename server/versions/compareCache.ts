import { LIVE } from '../../shared/api/versions';
import { diffPlans, type PlanDiff } from '../../shared/plan/diff';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import type { DocStore } from '../docs/DocStore';
import type { VersionStorage } from '../storage/Storage';
import { ByteLru } from './ByteLru';
import { liveSnapshot, snapshotOfState, versionOf } from './planVersions';
import type { WarnLog } from './planProblems';

/** Room for the decoded content of a few dozen large plans' versions and their diffs. */
export const COMPARE_CACHE_BYTES = 32 * 1024 * 1024;

/** Rough in-memory size of a decoded value: its JSON, in UTF-16. Computed once per fill. */
function estimatedBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

/**
 * What comparing versions computes, kept: a frozen version never changes, so its decoded content,
 * and the diff between two frozen versions, are computed once rather than on every request (the
 * compare view asks again as people step through versions). `live` is never cached.
 */
export class CompareCache {
  private readonly kept: ByteLru<PlanSnapshot | PlanDiff>;

  constructor(
    private readonly deps: { docs: DocStore; versions: VersionStorage },
    maxBytes = COMPARE_CACHE_BYTES,
  ) {
    this.kept = new ByteLru(maxBytes);
  }

  /** The diff from `from` to `to` (`live` or version ids of this plan); null when a version is unknown. */
  async diff(planId: string, from: string, to: string, log?: WarnLog): Promise<PlanDiff | null> {
    const frozen = from !== LIVE && to !== LIVE;
    const key = `diff\u0000${planId}\u0000${from}\u0000${to}`;
    if (frozen) {
      const kept = this.kept.get(key) as PlanDiff | undefined;
      if (kept) return kept;
    }
    const before = await this.snapshot(planId, from, log);
    const after = await this.snapshot(planId, to, log);
    if (!before || !after) return null;
    const diff = diffPlans(before, after);
    if (frozen) this.kept.set(key, diff, estimatedBytes(diff));
    return diff;
  }

  /** `live` or a version id of this plan, as content; null when the version is unknown. */
  async snapshot(planId: string, ref: string, log?: WarnLog): Promise<PlanSnapshot | null> {
    if (ref === LIVE) return liveSnapshot(this.deps.docs, planId, log);
    // Keyed with the plan: another plan's version id stays unknown here.
    const key = `snapshot\u0000${planId}\u0000${ref}`;
    const kept = this.kept.get(key) as PlanSnapshot | undefined;
    if (kept) return kept;
    const version = await versionOf(this.deps.versions, planId, ref);
    if (!version) return null;
    const snapshot = snapshotOfState(version.state, log ? { log, planId } : undefined);
    this.kept.set(key, snapshot, estimatedBytes(snapshot));
    return snapshot;
  }
}
