import type { MemberSummary } from '../../../shared/api/members';
import type { InvitableRole } from '../../../shared/auth/roles';
import type { GuestRecord, InviteRecord, MemberRecord } from '../../storage/Storage';

type NamedMember = MemberRecord & { name: string };

/** Everyone with a role in the plan, staff first, each with the link they came in through. */
export function presentMembers(
  users: readonly NamedMember[],
  guests: readonly GuestRecord[],
  invites: readonly InviteRecord[],
): MemberSummary[] {
  const byId = new Map(invites.map((invite) => [invite.id, invite]));
  const through = (inviteId: string | null | undefined): MemberSummary['joinedThrough'] => {
    const invite = inviteId ? byId.get(inviteId) : undefined;
    return invite ? { inviteId: invite.id, label: invite.label, role: invite.role as InvitableRole } : null;
  };
  return [
    ...users.map((m) => ({
      principal: `user:${m.userId}`,
      kind: 'user' as const,
      name: m.name,
      association: null,
      role: m.role,
      joinedThrough: through(m.joinedThrough),
    })),
    ...guests.map((g) => ({
      principal: `guest:${g.id}`,
      kind: 'guest' as const,
      name: g.displayName,
      association: g.association,
      role: g.role,
      joinedThrough: through(g.inviteId),
    })),
  ];
}
