import { mayReadDiscussion } from '../../shared/discussion/permissions';
import type { Person } from '../../shared/discussion/types';
import type { Role } from '../../shared/auth/roles';
import { idSchema } from '../../shared/protocol';
import { displayNameOf, type Identity } from '../auth/identity';
import type { InviteStorage, MemberStorage } from '../storage/Storage';

/**
 * How the discussion names people: `user-<id>` / `guest-<id>`, the same ids workshops use
 * (`participantIdOf`), so they fit `idSchema` (mentions, "all of Kari's") and never contain ':'.
 * Null for anonymous callers, or when an id would not fit the pattern.
 */
export function personIdOf(identity: Identity): string | null {
  if (identity.kind === 'user') return fittingId(`user-${identity.user.id}`);
  if (identity.kind === 'guest') return fittingId(`guest-${identity.guest.id}`);
  return null;
}

/** The person with the name others in the plan know them by (never an e-mail address). */
export function personOf(identity: Identity): Person | null {
  const id = personIdOf(identity);
  const name = displayNameOf(identity);
  return id !== null && name !== null ? { id, name } : null;
}

function fittingId(id: string): string | null {
  return idSchema.safeParse(id).success ? id : null;
}

export type PlanPerson = Person & { role: Role };

/**
 * Everyone who reads the plan's discussion, so may be mentioned: staff members and guests whose
 * link still works, whose role reads the discussion (never workshop participants). Sorted by name.
 */
export async function planPeople(
  storage: { members: MemberStorage; invites: InviteStorage },
  planId: string,
): Promise<PlanPerson[]> {
  const [members, guests, invites] = await Promise.all([
    storage.members.listMembers(planId),
    storage.invites.listGuests(planId),
    storage.invites.listInvites(planId),
  ]);
  const working = new Set(invites.filter((invite) => invite.revokedAt === null).map((invite) => invite.id));
  const people: PlanPerson[] = [];
  for (const member of members) {
    const id = fittingId(`user-${member.userId}`);
    if (id !== null && mayReadDiscussion(member.role)) people.push({ id, name: member.name, role: member.role });
  }
  for (const guest of guests) {
    const id = fittingId(`guest-${guest.id}`);
    if (id !== null && working.has(guest.inviteId) && mayReadDiscussion(guest.role)) {
      people.push({ id, name: guest.displayName, role: guest.role });
    }
  }
  return people.sort((a, b) => a.name.localeCompare(b.name, 'nb') || (a.id < b.id ? -1 : 1));
}
