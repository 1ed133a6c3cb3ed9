import type { Contributor } from '../../shared/export/model/types';
import type { InviteStorage, MemberStorage } from '../storage/Storage';

/**
 * Who worked on the plan, for the case file's appendix: staff members and the guests who joined
 * through links, with the association they represent. Participants of workshops are not listed
 * here (their notes may be anonymous); only people with a role in writing or reading the plan.
 */
export async function planContributors(
  storage: { members: MemberStorage; invites: InviteStorage },
  planId: string,
): Promise<Contributor[]> {
  const [members, guests] = await Promise.all([storage.members.listMembers(planId), storage.invites.listGuests(planId)]);
  const people: Contributor[] = [
    ...members.map((member) => ({ name: member.name, association: null })),
    ...guests
      .filter((guest) => guest.role !== 'participant')
      .map((guest) => ({ name: guest.displayName, association: guest.association })),
  ];
  return people.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
