import type { PlanSnapshot } from '../../shared/plan/snapshot';
import type { VersionMeta, VersionStorage } from '../storage/Storage';
import { snapshotOfState, versionOf } from '../versions/planVersions';
import type { WarnLog } from '../versions/planProblems';

export interface VersionContent {
  meta: VersionMeta;
  snapshot: PlanSnapshot;
}

/**
 * Published and consulted versions as content, read once per version. Every public page view
 * and every input sent needs the version's snapshot, and decoding a plan's Yjs state for each of
 * them would make a burst of residents cost the server a plan parse each. Versions never change
 * once frozen, so a cached snapshot is never stale; only a few recent ones are kept.
 */
export class VersionSnapshots {
  private readonly cache = new Map<string, Promise<VersionContent | null>>();

  constructor(
    private readonly versions: VersionStorage,
    private readonly max = 16,
  ) {}

  /** The version of this plan as content, or null when the plan has no such version. */
  async get(planId: string, versionId: string, log: WarnLog): Promise<VersionContent | null> {
    const key = `${planId}/${versionId}`;
    let entry = this.cache.get(key);
    if (entry) {
      // Most recently used last: the oldest is the first to go.
      this.cache.delete(key);
    } else {
      entry = this.read(planId, versionId, log);
    }
    this.cache.set(key, entry);
    this.trim();
    const content = await entry.catch((error: unknown) => {
      this.forget(key, entry);
      throw error;
    });
    // An unknown version may be made later under that id only in theory; do not remember misses.
    if (!content) this.forget(key, entry);
    return content;
  }

  private async read(planId: string, versionId: string, log: WarnLog): Promise<VersionContent | null> {
    const version = await versionOf(this.versions, planId, versionId);
    if (!version) return null;
    const { state, ...meta } = version;
    return { meta, snapshot: snapshotOfState(state, { log, planId }) };
  }

  private forget(key: string, entry: Promise<VersionContent | null> | undefined): void {
    if (this.cache.get(key) === entry) this.cache.delete(key);
  }

  private trim(): void {
    while (this.cache.size > this.max) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) return;
      this.cache.delete(oldest);
    }
  }
}
