import type { InviteStatus, InviteSummary } from '../../../shared/api/invites';
import type { InvitableRole } from '../../../shared/auth/roles';
import type { GuestRecord, InviteRecord, MemberRecord } from '../../storage/Storage';
import { inviteProblem } from '../../auth/inviteRules';

export function inviteStatus(invite: InviteRecord, now: number): InviteStatus {
  const problem = inviteProblem(invite, now);
  return problem === null || problem === 'unknown' ? 'active' : problem;
}

/**
 * What an owner sees of a link: never its token (only the hash is stored). Who came in through
 * it is listed by kind, because revoking it ends a guest's access but leaves a staff member's role.
 */
export function presentInvite(
  invite: InviteRecord,
  guests: readonly GuestRecord[],
  members: readonly (MemberRecord & { name: string })[],
  now: number,
): InviteSummary {
  return {
    id: invite.id,
    role: invite.role as InvitableRole,
    label: invite.label,
    createdAt: invite.createdAt,
    expiresAt: invite.expiresAt,
    maxUses: invite.maxUses,
    uses: invite.uses,
    status: inviteStatus(invite, now),
    joined: guests
      .filter((guest) => guest.inviteId === invite.id)
      .map((guest) => ({ id: guest.id, name: guest.displayName, association: guest.association, joinedAt: guest.createdAt })),
    joinedStaff: members
      .filter((member) => member.joinedThrough === invite.id)
      .map((member) => ({ principal: `user:${member.userId}`, name: member.name, role: member.role })),
  };
}
