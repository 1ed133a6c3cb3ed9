import { z } from 'zod';
import type { Role } from '../auth/roles';
import { InputLimits as L } from './limits';
import { PLAN_LANGUAGES, type PlanLanguage } from '../plan/contentLanguage';

/** A plan's content language on the wire: bokmål or nynorsk. */
export const planLanguageSchema = z.enum(PLAN_LANGUAGES);

/** HTTP contract for plans, shared by the routes and the client. */
export const createPlanBodySchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'title is required')
    .max(L.planTitleMax, `title is at most ${L.planTitleMax} characters`),
  municipality: z.string().trim().max(L.municipalityMax).optional(),
  /** The language the plan is written in; bokmål when not given. */
  contentLanguage: planLanguageSchema.optional(),
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

/** An administrator makes a staff account owner of a plan (`POST /api/plans/:id/owners`). */
export const makeOwnerBodySchema = z.object({ userId: z.string().min(1).max(64) });
export type MakeOwnerBody = z.infer<typeof makeOwnerBodySchema>;

export interface PlanSummary {
  id: string;
  title: string;
  municipality: string;
  /** The language the plan's text is written in: the editor and exports mark it with this. */
  contentLanguage: PlanLanguage;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  /** The current person's role in this plan. */
  role: Role | null;
  /**
   * Whether they may read ('read') or handle ('handle') the plan's input inbox; only in the answer
   * for one plan (the owner may open the inbox to facilitators and observers).
   */
  inbox?: 'handle' | 'read' | null;
}

export interface PlanListResponse {
  plans: PlanSummary[];
}

export interface PlanResponse {
  plan: PlanSummary;
}
