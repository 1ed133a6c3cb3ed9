import type { AuditAction } from '../../shared/api/audit';
import type { AuditStorage } from '../storage/Storage';
import { actorLabel, principalOf, type Identity } from './identity';

/** Records who did what, when. A failure to record is logged, never fatal to the action. */
export class Audit {
  constructor(
    private readonly storage: AuditStorage,
    private readonly onError: (error: unknown) => void,
  ) {}

  record(action: AuditAction, by: Identity | null, planId: string | null, detail: Record<string, unknown> = {}): void {
    const principal = by ? principalOf(by) : null;
    this.storage
      .append({
        at: Date.now(),
        planId,
        actor: by ? actorLabel(by) : null,
        action,
        detail: principal ? { ...detail, principal } : detail,
      })
      .catch(this.onError);
  }
}
