import { z } from 'zod';
import type { Role } from '../auth/roles';
import { WorkshopLimits as L } from '../workshop/limits';
import { isoDate, multiLineOrEmpty, oneLine } from '../workshop/schemaFields';

/**
 * HTTP contract for workshops, shared by the routes and the client. Sizes and formats are the
 * workshop core's, so what the form accepts is what `configure` accepts later.
 */
export const createWorkshopBodySchema = z.strictObject({
  title: oneLine(L.title),
  goal: multiLineOrEmpty(L.goal).optional(),
  date: isoDate.nullable().optional(),
  anonymous: z.boolean(),
  facilitatorSeesAuthors: z.boolean(),
});
export type CreateWorkshopBody = z.input<typeof createWorkshopBodySchema>;
/** The body after parsing (trimmed). */
export type CreateWorkshopInput = z.output<typeof createWorkshopBodySchema>;

export interface WorkshopSummary {
  id: string;
  planId: string;
  /** The title it was created with; the live title is in the workshop document's meta. */
  title: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** The sync document to join, `workshop:<id>`. */
  doc: string;
}

export interface WorkshopListResponse {
  workshops: WorkshopSummary[];
}

export interface WorkshopResponse {
  /**
   * `role` is the caller's role in the workshop's plan. `publicPath` is the plan's public page
   * (`/p/<slug>`, same origin, no login needed) when its owner has switched it on, else null;
   * only in the answer about one workshop, for the closing screen's link.
   */
  workshop: WorkshopSummary & { role: Role; publicPath?: string | null };
  /**
   * The server's clock (ms since the epoch) when it answered, so every screen can show the shared
   * countdown in server time (the Date header has only second resolution).
   */
  serverTime: number;
}
