import { isSdgNumber } from '../../shared/public/sdgs';
import type { ExportGoal } from '../../shared/export/model/types';
import type { Storage } from '../storage/Storage';

/**
 * The master plan's goals a plan serves, as the exports print them: in the owner's order, each
 * with the focus areas linked to it. Read here once so every format gets the same list.
 */
export async function planGoals(
  storage: Pick<Storage, 'goals'>,
  planId: string,
): Promise<ExportGoal[]> {
  const [goals, links] = await Promise.all([
    storage.goals.listGoals(planId),
    storage.goals.listLinks(planId),
  ]);
  const areasOf = new Map<string, string[]>();
  for (const link of links) {
    const areas = areasOf.get(link.goalId) ?? [];
    areas.push(link.focusAreaId);
    areasOf.set(link.goalId, areas);
  }
  return goals.map((goal) => ({
    number: goal.number,
    title: goal.title,
    sdg: isSdgNumber(goal.sdg) ? goal.sdg : null,
    focusAreaIds: areasOf.get(goal.id) ?? [],
  }));
}
