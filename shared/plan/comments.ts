import type * as Y from 'yjs';
import { z } from 'zod';
import { newId } from './items';
import { findItem, provenanceSchema, type Provenance } from './provenance';

/**
 * Comments on a focus area or strategy, e.g. a workshop note brought into the plan as input for
 * the people writing it. One root array for the whole plan (root types never conflict the way
 * two replicas creating a container under the same key would); each comment names its item.
 * Comments of a deleted item stay in the array but are no longer listed.
 */
export const COMMENTS_KEY = 'comments';

export interface PlanComment {
  id: string;
  /** The focus area or strategy it is about. */
  itemId: string;
  text: string;
  provenance: Provenance | null;
  createdAt: number;
}

export const COMMENT_MAX_LENGTH = 2000;

const commentSchema = z.object({
  id: z.string().max(64),
  itemId: z.string().max(64),
  text: z.string().max(COMMENT_MAX_LENGTH),
  provenance: provenanceSchema.nullable(),
  createdAt: z.number().int().min(0),
});

export function commentsArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(COMMENTS_KEY);
}

/** Adds a comment to an existing item and returns its id; null when the item does not exist. */
export function addComment(
  doc: Y.Doc,
  input: { itemId: string; text: string; provenance?: Provenance | null; createdAt: number; id?: string },
): string | null {
  if (!findItem(doc, input.itemId)) return null;
  const comment: PlanComment = {
    id: input.id ?? newId(),
    itemId: input.itemId,
    text: input.text.slice(0, COMMENT_MAX_LENGTH),
    provenance: input.provenance ? { ...input.provenance } : null,
    createdAt: input.createdAt,
  };
  commentsArray(doc).push([comment]);
  return comment.id;
}

/** Every valid comment, oldest first; with `itemId`, only that item's. Orphans are left out. */
export function listComments(doc: Y.Doc, itemId?: string): PlanComment[] {
  const comments: PlanComment[] = [];
  for (const value of commentsArray(doc).toArray()) {
    const parsed = commentSchema.safeParse(value);
    if (!parsed.success) continue;
    if (itemId !== undefined && parsed.data.itemId !== itemId) continue;
    comments.push(parsed.data);
  }
  const live = comments.filter((comment) => findItem(doc, comment.itemId) !== null);
  return live.sort((a, b) => a.createdAt - b.createdAt);
}
