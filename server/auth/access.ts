import type { Access } from '../../shared/protocol';
import { parseDocName } from '../../shared/protocol';
import { can, Permission, planDocAccess, type Role } from '../../shared/auth/roles';
import type { InviteStorage, MemberStorage, PlanStorage, WorkshopStorage } from '../storage/Storage';
import type { Identity } from './identity';
import { roleIn } from './planRoles';
import { editsDirectly, mayReadDiscussion } from '../../shared/discussion/permissions';

export type AccessDecision = Access | 'none' | 'unknown';

/** The one place that turns an identity into rights on a document, for every socket message. */
export interface AccessPolicy {
  decide(identity: Identity, docName: string): Promise<AccessDecision>;
}

/**
 * Workshop documents are read-only for everyone who takes part or runs them: the server writes
 * them by applying commands, so no client ever gets 'write' (observers get nothing).
 */
export function workshopDocAccess(role: Role | null | undefined): Access | null {
  return can(role, Permission.RunWorkshops) || can(role, Permission.JoinWorkshops) ? 'read' : null;
}

export function roleAccessPolicy(storage: {
  plans: PlanStorage;
  members: MemberStorage;
  invites: InviteStorage;
  workshops: WorkshopStorage;
}): AccessPolicy {
  return {
    async decide(identity, docName) {
      // Private workshop docs (`workshop-private:<id>`) fail this parse on purpose: 'unknown'.
      const parsed = parseDocName(docName);
      if (!parsed) return 'unknown';
      if (parsed.kind === 'plan') {
        if (!(await storage.plans.getPlan(parsed.id))) return 'unknown';
        const role = await roleIn(identity, parsed.id, storage);
        const access = planDocAccess(role);
        // In suggest-only mode editors suggest through commands; the plan itself is read-only to them.
        if (access === 'write' && !editsDirectly(role, await storage.plans.getDiscussionSettings(parsed.id))) return 'read';
        return access ?? 'none';
      }
      if (parsed.kind === 'discussion') {
        if (!(await storage.plans.getPlan(parsed.id))) return 'unknown';
        // Everyone who reads the plan reads its discussion; nobody writes it over sync.
        return mayReadDiscussion(await roleIn(identity, parsed.id, storage)) ? 'read' : 'none';
      }
      const workshop = await storage.workshops.getWorkshop(parsed.id);
      if (!workshop) return 'unknown';
      return workshopDocAccess(await roleIn(identity, workshop.planId, storage)) ?? 'none';
    },
  };
}
