import { useMemo, useState, type ReactNode } from 'react';
import type { PlanGoal } from '../../../shared/api/publicPage';
import { can, Permission, type Role } from '../../../shared/auth/roles';
import { fetchGoals } from '../../http/goalsApi';
import { useResource } from '../../http/useResource';
import { PlanGoalsContext, type PlanGoalsState } from './planGoalsContext';

/**
 * Loads the plan's goals once for the whole editor (not once per focus area) and keeps them in
 * step with each focus area's saved links.
 */
export function PlanGoalsProvider({
  planId,
  role,
  children,
}: {
  planId: string;
  role: Role | null;
  children: ReactNode;
}) {
  const { resource } = useResource(`goals:${planId}`, (signal) => fetchGoals(planId, signal));
  const loaded = resource.state === 'ready' ? resource.data : null;
  const [saved, setSaved] = useState<{ base: PlanGoal[]; goals: PlanGoal[] } | null>(null);
  const goals = loaded === null ? null : saved?.base === loaded ? saved.goals : loaded;
  const isOwner = can(role, Permission.ManagePublicPage);

  const state = useMemo<PlanGoalsState>(
    () => ({
      planId,
      goals,
      isOwner,
      setGoals: (next) => {
        if (loaded) setSaved({ base: loaded, goals: next });
      },
    }),
    [planId, goals, isOwner, loaded],
  );
  return <PlanGoalsContext.Provider value={state}>{children}</PlanGoalsContext.Provider>;
}
