import type { PlanGoal } from '../../../shared/api/publicPage';

/** The goals a focus area serves, in the owner's order of goals. */
export function goalsOfFocusArea(goals: readonly PlanGoal[], focusAreaId: string): PlanGoal[] {
  return goals.filter((goal) => goal.focusAreaIds.includes(focusAreaId));
}

/** How a goal is named in a short list: its own number («2.1»), or its title when it has none. */
export function goalShortName(goal: PlanGoal): string {
  return goal.number.trim() || goal.title;
}

/** A goal with its number, for lists and checkboxes: «2.1 Gode møteplasser». */
export function goalFullName(goal: PlanGoal): string {
  const number = goal.number.trim();
  return number ? `${number} ${goal.title}` : goal.title;
}
