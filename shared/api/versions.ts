import { z } from 'zod';
import type { PlanDiff } from '../plan/diff';
import type { PlanSnapshot } from '../plan/snapshot';

/** HTTP contract for the political process and the versions frozen along it. */

/** The political steps in order (see DOMAIN.md): a version is frozen for one of them. */
export const PROCESS_STEPS = [
  'drafting',
  'first-reading',
  'consultation',
  'second-reading',
  'adopted',
] as const;
export type ProcessStep = (typeof PROCESS_STEPS)[number];
export const processStepSchema = z.enum(PROCESS_STEPS);

/** A calendar date, e.g. the committee meeting: a day, not an instant, so no time zone shifts it. */
export const stepDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'not a calendar date',
  );

export interface ProcessStepEntry {
  step: ProcessStep;
  /** YYYY-MM-DD, or null while not scheduled. */
  date: string | null;
}

export interface ProcessResponse {
  /** Every step, in order, each with its date or null. */
  steps: ProcessStepEntry[];
}

/** Sets the listed steps' dates; null clears one; steps left out keep theirs. */
export const updateProcessBodySchema = z.object({
  steps: z
    .array(z.object({ step: processStepSchema, date: stepDateSchema.nullable() }))
    .min(1, 'steps must list at least one step')
    .max(PROCESS_STEPS.length),
});
export type UpdateProcessBody = z.infer<typeof updateProcessBodySchema>;

export const createVersionBodySchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200, 'name is at most 200 characters'),
  step: processStepSchema,
});
export type CreateVersionBody = z.infer<typeof createVersionBodySchema>;

export interface VersionSummary {
  id: string;
  name: string;
  step: ProcessStep;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Display name of who froze it, or null when the account is gone. */
  createdBy: string | null;
}

export interface VersionListResponse {
  /** Newest first. */
  versions: VersionSummary[];
}

export interface VersionResponse {
  version: VersionSummary;
}

export interface VersionContentResponse {
  version: VersionSummary;
  snapshot: PlanSnapshot;
}

/** `live` is the current draft; anything else is a version id. */
export const LIVE = 'live';
export const compareQuerySchema = z.object({
  from: z.string().min(1).max(64),
  to: z.string().min(1).max(64),
});

export interface CompareResponse {
  diff: PlanDiff;
  /**
   * Who edited each section between the two sides (section key → distinct names, first editor
   * first; see shared/plan/touchedSections.ts). Sections nobody edited are left out.
   */
  editors: Record<string, string[]>;
}
