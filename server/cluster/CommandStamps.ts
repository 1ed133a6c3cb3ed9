import { createHash } from 'node:crypto';
import type { LiveDoc } from '../docs/DocStore';
import type { WorkshopReplicas } from '../workshops/WorkshopReplicas';
import type { ClusterReplicas } from './ClusterReplicas';
import { summarise } from './replicaState';

/** Where the stamps live, shared by every server (Redis; in memory in tests). */
export interface StampStore {
  /**
   * In one step: reads and removes the stamp under `key`, and counts one more command on it.
   * Resolves to the stamp (null when there is none) and the new count; rejects when the store
   * cannot be reached.
   */
  take(key: string): Promise<{ stamp: string | null; count: number }>;
  /** Leaves a stamp for the next command. */
  put(key: string, stamp: string): Promise<void>;
}

/**
 * Lets a workshop command skip re-reading its documents from storage when this server's
 * replicas already hold what the previous command committed. After each command the lock holder
 * leaves a stamp: the command's number and a digest of what its replicas hold (state vectors and
 * delete sets, now committed). The next holder takes the stamp away (so a stamp is used once)
 * and counts itself in the same step; it trusts the stamp only if the stamp is from the command
 * just before it and matches its own replicas. Anything else (no stamp, a stamp from an older
 * command that came late, different replicas) means read storage, as before.
 *
 * Safe by construction: a holder that cannot take (count itself) refuses the command, so no
 * command is ever committed without the count moving on; a holder that cannot put leaves no
 * stamp, and the next one reads storage.
 */
export class CommandStamps implements WorkshopReplicas {
  readonly clustered = true;
  /** The count each command in progress here took, by lock key. */
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly replicas: ClusterReplicas,
    private readonly stamps: StampStore,
    private readonly onError: (error: unknown, context: string) => void,
  ) {}

  async beforeCommand(lockKey: string, docs: readonly LiveDoc[]): Promise<void> {
    this.counts.delete(lockKey);
    const { stamp, count } = await this.stamps.take(lockKey);
    this.counts.set(lockKey, count);
    if (stamp !== null && stamp === stampOf(count - 1, docs)) return;
    await Promise.all(docs.map((live) => this.replicas.catchUp(live)));
  }

  async afterCommand(lockKey: string, docs: readonly LiveDoc[]): Promise<void> {
    const count = this.counts.get(lockKey);
    this.counts.delete(lockKey);
    if (count === undefined) return;
    try {
      await this.stamps.put(lockKey, stampOf(count, docs));
    } catch (error) {
      // No stamp left: the next command reads storage.
      this.onError(error, `stamping ${lockKey}`);
    }
  }
}

/** The command's number and a digest of what the replicas hold. */
export function stampOf(count: number, docs: readonly LiveDoc[]): string {
  const hash = createHash('sha256');
  for (const live of docs) {
    const summary = summarise(live.doc);
    hash.update(live.name).update('\0').update(summary.stateVector).update(summary.deletesDigest);
  }
  return `${count}:${hash.digest('base64url')}`;
}
