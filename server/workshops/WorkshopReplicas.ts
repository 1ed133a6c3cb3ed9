import type { LiveDoc } from '../docs/DocStore';

/**
 * How the runner decides on the current state of a workshop when other servers may run its
 * commands too (server/cluster/CommandStamps.ts). Both calls happen under the workshop's lock.
 */
export interface WorkshopReplicas {
  /** Other servers may run commands of the same workshops (so their changes must be watched). */
  readonly clustered: boolean;
  /**
   * Before a command decides: brings `docs` up to the state the previous command committed,
   * wherever it ran. Rejects when that cannot be made sure of; the command is then refused.
   */
  beforeCommand(lockKey: string, docs: readonly LiveDoc[]): Promise<void>;
  /** Once the command's changes are committed (or it changed nothing). Never rejects. */
  afterCommand(lockKey: string, docs: readonly LiveDoc[]): Promise<void>;
}

/** One server: the replicas in memory are the current state. */
export const singleServerReplicas: WorkshopReplicas = {
  clustered: false,
  beforeCommand: () => Promise.resolve(),
  afterCommand: () => Promise.resolve(),
};
