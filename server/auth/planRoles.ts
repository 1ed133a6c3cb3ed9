import type { Role } from '../../shared/auth/roles';
import type { InviteStorage, MemberStorage } from '../storage/Storage';
import type { Identity } from './identity';

/**
 * A person's role in a plan, read fresh from storage each time, so a role change or a revoked
 * link counts from the next check on, not from the next login.
 */
export async function roleIn(
  identity: Identity,
  planId: string,
  storage: { members: MemberStorage; invites: InviteStorage },
): Promise<Role | null> {
  switch (identity.kind) {
    case 'user':
      return storage.members.getRole(planId, identity.user.id);
    case 'guest': {
      if (identity.guest.planId !== planId) return null;
      const guest = await storage.invites.getGuest(identity.guest.id);
      if (!guest) return null;
      const invite = await storage.invites.getInvite(guest.inviteId);
      return invite && invite.revokedAt === null ? guest.role : null;
    }
    case 'anonymous':
      return null;
    default: {
      const never: never = identity;
      return never;
    }
  }
}
