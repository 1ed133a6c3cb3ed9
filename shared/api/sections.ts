import type { SectionKey } from './inputs';

/**
 * HTTP contract for `GET /api/plans/:id/sections`: the current draft's parts, in reading order,
 * to pick what an input is about, what it changed, or which focus area a goal is served by.
 */
export type PlanSection =
  | { key: 'plan'; kind: 'plan' }
  | { key: SectionKey; kind: 'focusArea'; number: string; text: string }
  | { key: SectionKey; kind: 'strategy'; number: string; text: string };

export interface PlanSectionsResponse {
  sections: PlanSection[];
}
