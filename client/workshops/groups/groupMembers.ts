import type { Group, Participant } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';

export interface GroupWithMembers {
  group: Group;
  members: Participant[];
}

/** The open breakout groups, each with the people working in it (removed people left out). */
export function openGroupsWithMembers(view: WorkshopView): GroupWithMembers[] {
  const people = view.participants.filter((person) => !person.removed);
  return view.groups
    .filter((group) => group.open)
    .map((group) => ({
      group,
      members: people.filter((person) => person.groupId === group.id),
    }));
}

/** Who a split places: everyone present but the hosts (the core keeps them out of splits too). */
export function splittable(view: WorkshopView): Participant[] {
  return view.participants.filter((person) => !person.removed && !person.facilitator);
}

/**
 * A starting point for placing people by hand: round robin in list order, so the groups start
 * even and the facilitator only swaps the few who should be elsewhere. Indexes are 0-based.
 */
export function roundRobin(people: readonly Participant[], count: number): Record<string, number> {
  const result: Record<string, number> = {};
  people.forEach((person, index) => {
    result[person.id] = index % Math.max(1, count);
  });
  return result;
}

/** The facilitator's choices, kept only for people still present and groups that still exist. */
export function cleanAssignments(
  chosen: Readonly<Record<string, number>>,
  people: readonly Participant[],
  count: number,
): Record<string, number> {
  const defaults = roundRobin(people, count);
  const result: Record<string, number> = {};
  for (const person of people) {
    const index = chosen[person.id];
    result[person.id] =
      index !== undefined && index >= 0 && index < count ? index : (defaults[person.id] ?? 0);
  }
  return result;
}
