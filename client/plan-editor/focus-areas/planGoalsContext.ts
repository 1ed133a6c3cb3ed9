import { createContext, useContext } from 'react';
import type { PlanGoal } from '../../../shared/api/publicPage';

/** The plan's goals as the focus areas in the open editor share them (loaded once per plan). */
export interface PlanGoalsState {
  planId: string;
  /** Null until loaded, or when they could not be. */
  goals: PlanGoal[] | null;
  setGoals: (goals: PlanGoal[]) => void;
  /** The owner keeps the goals (on the public page settings) and is told where. */
  isOwner: boolean;
}

export const PlanGoalsContext = createContext<PlanGoalsState | null>(null);

/** Null outside an open plan (a version's read-only view): no goal links are shown there. */
export function usePlanGoals(): PlanGoalsState | null {
  return useContext(PlanGoalsContext);
}
