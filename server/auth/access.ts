import type { Access } from '../../shared/protocol';
import { parseDocName } from '../../shared/protocol';
import { planDocAccess } from '../../shared/auth/roles';
import type { InviteStorage, MemberStorage, PlanStorage } from '../storage/Storage';
import type { Identity } from './identity';
import { roleIn } from './planRoles';

export type AccessDecision = Access | 'none' | 'unknown';

/** The one place that turns an identity into rights on a document, for every socket message. */
export interface AccessPolicy {
  decide(identity: Identity, docName: string): Promise<AccessDecision>;
}

export function roleAccessPolicy(storage: { plans: PlanStorage; members: MemberStorage; invites: InviteStorage }): AccessPolicy {
  return {
    async decide(identity, docName) {
      const parsed = parseDocName(docName);
      if (!parsed || parsed.kind !== 'plan') return 'unknown';
      if (!(await storage.plans.getPlan(parsed.id))) return 'unknown';
      return planDocAccess(await roleIn(identity, parsed.id, storage)) ?? 'none';
    },
  };
}
