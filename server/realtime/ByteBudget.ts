import { ErrorCode, Limits } from '../../shared/protocol';
import type { DocGrowthBudgets } from './DocGrowthBudgets';
import { TokenBucket } from '../../shared/protocol/TokenBucket';

export interface ByteBudgetDeps {
  /** The server's per-document growth budgets; absent, documents may grow at any speed. */
  docGrowth?: DocGrowthBudgets;
  /** Whether storage can take `bytes` more now (its backlog is under the cap). */
  storageAccepting?: (bytes: number) => boolean;
  now?: () => number;
}

export interface BudgetRefusal {
  code: ErrorCode;
  message: string;
}

/**
 * Decides, before an update touches the live document, whether one connection may apply
 * `bytes` more to a document now: the size of one update, the connection's bytes per second,
 * the document's growth and the storage backlog. Every budget is checked before any is spent,
 * so a refusal costs the sender nothing and the client may send the same change again later.
 */
export class ByteBudget {
  private readonly connection: TokenBucket;

  constructor(private readonly deps: ByteBudgetDeps = {}) {
    this.connection = new TokenBucket(Limits.syncBytesPerSecond, Limits.syncBytesBurst, deps.now);
  }

  check(doc: string, bytes: number): BudgetRefusal | null {
    if (bytes > Limits.maxUpdateBytes) {
      return {
        code: ErrorCode.MessageTooLarge,
        message: `one update is limited to ${Limits.maxUpdateBytes} bytes; send a catch-up in pieces`,
      };
    }
    if (this.deps.storageAccepting && !this.deps.storageAccepting(bytes)) {
      return {
        code: ErrorCode.StorageFailed,
        message: 'storage is behind; the change was not applied, send it again later',
      };
    }
    if (!this.connection.has(bytes)) {
      return {
        code: ErrorCode.RateLimited,
        message: `more than ${Limits.syncBytesPerSecond} update bytes per second from this connection; resync later`,
      };
    }
    const growth = this.deps.docGrowth;
    if (growth && !growth.has(doc, bytes)) {
      return {
        code: ErrorCode.GrowthLimited,
        message: `${doc} is growing faster than ${Limits.docGrowthBytesPerSecond} bytes per second; resync later`,
      };
    }
    this.connection.take(bytes);
    growth?.take(doc, bytes);
    return null;
  }
}
