import { z } from 'zod';
import type { Provenance } from '../plan/provenance';
import { COMMENT_MAX_LENGTH } from '../plan/comments';
import { idSchema } from '../protocol';
import { multiLine } from '../workshop/schemaFields';

/**
 * HTTP contract for a workshop's results: the CSV and Markdown downloads and "use in the plan"
 * (`POST /api/workshops/:id/promote`), shared by the routes and the client.
 */
export const RESULT_FORMATS = ['csv', 'md'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

export const resultsQuerySchema = z.object({
  lang: z.enum(['nb', 'nn', 'en']).default('nb'),
});

/** What in the results is brought into the plan: a theme (cluster) or a single note. */
export const promoteSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cluster'), clusterId: idSchema }),
  z.strictObject({ kind: z.literal('note'), noteId: idSchema }),
]);
export type PromoteSource = z.infer<typeof promoteSourceSchema>;

/** Where it goes: a new focus area, a new strategy in a focus area, or a comment on an item. */
export const promoteTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('focusArea') }),
  z.strictObject({ kind: z.literal('strategy'), focusAreaId: idSchema }),
  z.strictObject({ kind: z.literal('comment'), itemId: idSchema }),
]);
export type PromoteTargetInput = z.infer<typeof promoteTargetSchema>;

export const promoteBodySchema = z.strictObject({
  source: promoteSourceSchema,
  target: promoteTargetSchema,
  /** The new item's title or text, prefilled from the theme's name or the note's text. */
  text: multiLine(COMMENT_MAX_LENGTH),
});
export type PromoteBody = z.input<typeof promoteBodySchema>;

export interface PromoteResponse {
  planId: string;
  /** The new focus area or strategy, or the item commented on. */
  itemId: string;
  /** The focus area it is in (itself for a focus area). */
  focusAreaId: string;
  commentId: string | null;
  provenance: Provenance;
}

/** The plan's focus areas and strategies, to choose where a result goes. */
export interface PromoteTargetsResponse {
  planId: string;
  focusAreas: {
    id: string;
    /** "1", as numbered in the plan. */
    number: string;
    title: string;
    strategies: { id: string; number: string; /** The text's start, for telling them apart. */ excerpt: string }[];
  }[];
}
