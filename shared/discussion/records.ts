import { z } from 'zod';
import { provenanceSchema } from '../plan/provenance';
import { sectionRefSchema } from './commands';
import type { MessageRecord, SuggestionRecord, ThreadRecord } from './types';

/**
 * Schemas the readers check every stored record with. Only the server writes the discussion
 * document, but a reader never trusts a document it did not write a moment ago (an old
 * version, a restored backup): what does not fit is skipped, never shown half.
 */
const time = z.number().int().min(0);
const person = z.object({ id: z.string().max(80), name: z.string().max(200) });
const decided = z.object({ by: person, at: time });
const range = z.object({ start: z.string().max(200), end: z.string().max(200), quote: z.string().max(4_000) });

export const threadRecordSchema: z.ZodType<ThreadRecord> = z.object({
  id: z.string().max(64),
  anchor: z.object({ section: sectionRefSchema, range: range.nullable() }),
  author: person,
  createdAt: time,
  resolved: decided.nullable(),
  suggestionId: z.string().max(64).nullable(),
  provenance: provenanceSchema.nullable(),
  activityAt: time,
});

export const messageRecordSchema: z.ZodType<MessageRecord> = z.object({
  id: z.string().max(64),
  threadId: z.string().max(64),
  author: person,
  createdAt: time,
  body: z.string().max(40_000),
  mentions: z.array(z.string().max(80)).max(100),
  editedAt: time.nullable(),
  deletedAt: time.nullable(),
});

export const suggestionRecordSchema: z.ZodType<SuggestionRecord> = z.object({
  id: z.string().max(64),
  section: sectionRefSchema,
  change: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('insert'), at: z.string().max(200), text: z.string().max(40_000) }),
    z.object({ kind: z.literal('delete'), start: z.string().max(200), end: z.string().max(200), quote: z.string().max(40_000) }),
  ]),
  author: person,
  createdAt: time,
  status: z.enum(['open', 'accepted', 'rejected']),
  decided: decided.nullable(),
});
