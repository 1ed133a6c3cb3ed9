import type { GoalRecord } from '../Storage';

export interface GoalRow {
  id: string;
  plan_id: string;
  number: string;
  title: string;
  sdg: number | null;
  position: string;
  created_at: number;
}

export interface GoalLinkRow {
  goal_id: string;
  focus_area_id: string;
}

export const GOAL_COLUMNS = 'id, plan_id, number, title, sdg, position, created_at';

export function toGoalRecord(row: GoalRow): GoalRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    number: row.number,
    title: row.title,
    sdg: row.sdg,
    position: row.position,
    createdAt: row.created_at,
  };
}

/** Values in GOAL_COLUMNS order. */
export function goalValues(
  g: GoalRecord,
): [string, string, string, string, number | null, string, number] {
  return [g.id, g.planId, g.number, g.title, g.sdg, g.position, g.createdAt];
}

export function toGoalLink(row: GoalLinkRow): { goalId: string; focusAreaId: string } {
  return { goalId: row.goal_id, focusAreaId: row.focus_area_id };
}
