import type { Access } from '../../shared/protocol';
import { parseDocName } from '../../shared/protocol';
import type { PlanStorage } from '../storage/Storage';

/**
 * Who is behind a connection. For now everyone is an unnamed guest; accounts, invites and roles
 * plug in here, and `decideAccess` is the one place that turns an identity into rights.
 */
export type Identity = { kind: 'guest' };

export type AccessDecision = Access | 'none' | 'unknown';

export interface AccessPolicy {
  decide(identity: Identity, docName: string): Promise<AccessDecision>;
}

/** Until roles exist, anyone may edit any existing plan. */
export function openAccessPolicy(plans: PlanStorage): AccessPolicy {
  return {
    async decide(_identity, docName) {
      const parsed = parseDocName(docName);
      if (!parsed || parsed.kind !== 'plan') return 'unknown';
      return (await plans.getPlan(parsed.id)) ? 'write' : 'unknown';
    },
  };
}
