import { z } from 'zod';
import { idSchema } from '../protocol/docName';
import { DiscussionErrorCode, refuse, type DiscussionFailure } from './errors';
import { DiscussionLimits as L } from './limits';

/**
 * Everything a person can ask of a plan's deliberation, as one union tagged by `type`. Objects
 * are strict: an unknown field is refused, so a client cannot smuggle an author or a time.
 * Lengths are checked after parsing (see `checkLimits`) so a too-long comment gets its own
 * error, not a generic "bad command".
 */
const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** Line breaks and tabs are fine in a comment; other control characters are not. */
const MULTI_LINE = /^(?:[^\p{Cc}]|[\n\r\t])*$/u;
/** Parsed generously; `checkLimits` then says "too long" in words of its own. */
const body = z.string().trim().min(1).max(L.body * 4).regex(MULTI_LINE, 'control characters are not allowed');
const mentions = z.array(idSchema).max(L.mentions * 5).default([]);
const anchorPosition = z.string().min(1).max(L.anchor).regex(/^[A-Za-z0-9+/=]+$/, 'not base64');

export const sectionRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('purpose') }),
  z.strictObject({ kind: z.literal('item'), id: idSchema }),
]);

/** What a client says about a range: the quote is recomputed by the server, never taken. */
const rangeInput = z.strictObject({ start: anchorPosition, end: anchorPosition });

const startThread = command('startThread', {
  /** Chosen by the client so a resend after a lost ack is recognised, not added twice. */
  threadId: idSchema.optional(),
  section: sectionRefSchema,
  range: rangeInput.nullable().default(null),
  /** Discuss this suggestion (the thread takes its section and range). */
  suggestionId: idSchema.nullable().default(null),
  body,
  mentions,
});
const reply = command('reply', { threadId: idSchema, messageId: idSchema.optional(), body, mentions });
const editMessage = command('editMessage', { messageId: idSchema, body, mentions });
const deleteMessage = command('deleteMessage', { messageId: idSchema });
const resolveThread = command('resolveThread', { threadId: idSchema });
const reopenThread = command('reopenThread', { threadId: idSchema });
const suggest = command('suggest', {
  suggestionId: idSchema.optional(),
  section: sectionRefSchema,
  change: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('insert'),
      at: anchorPosition,
      // Not trimmed: a suggested space is a suggestion too. One paragraph: no line breaks.
      text: z.string().min(1).max(L.insertion * 4).regex(/^[^\p{Cc}]*$/u, 'control characters are not allowed'),
    }),
    z.strictObject({ kind: z.literal('delete'), start: anchorPosition, end: anchorPosition }),
  ]),
});
/** Withdraw one's own open suggestion. */
const withdraw = command('withdraw', { suggestionId: idSchema });
const decide = command('decide', {
  decision: z.enum(['accept', 'reject']),
  /** One suggestion, all open ones of one person, or all open ones in one section. */
  which: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('one'), suggestionId: idSchema }),
    z.strictObject({ kind: z.literal('author'), authorId: idSchema }),
    z.strictObject({ kind: z.literal('section'), section: sectionRefSchema }),
  ]),
});

export const discussionCommandSchema = z.discriminatedUnion('type', [
  startThread,
  reply,
  editMessage,
  deleteMessage,
  resolveThread,
  reopenThread,
  suggest,
  withdraw,
  decide,
]);

export type DiscussionCommand = z.output<typeof discussionCommandSchema>;
/** What a client sends (defaults may be left out). */
export type DiscussionCommandInput = z.input<typeof discussionCommandSchema>;
export type DiscussionCommandType = DiscussionCommand['type'];

export type ParsedCommand = { ok: true; command: DiscussionCommand } | DiscussionFailure;

/** Shape first (strict), then the limits that have errors of their own. */
export function parseDiscussionCommand(input: unknown): ParsedCommand {
  const parsed = discussionCommandSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'command';
    return refuse(DiscussionErrorCode.BadCommand, `${where}: ${issue?.message ?? 'invalid'}`);
  }
  const limits = checkLimits(parsed.data);
  return limits ?? { ok: true, command: parsed.data };
}

function checkLimits(command: DiscussionCommand): DiscussionFailure | null {
  if ('body' in command && command.body.length > L.body) {
    return refuse(DiscussionErrorCode.TooLong, `a comment holds at most ${L.body} characters`);
  }
  if ('mentions' in command && new Set(command.mentions).size > L.mentions) {
    return refuse(DiscussionErrorCode.TooManyMentions, `a comment mentions at most ${L.mentions} people`);
  }
  if (command.type === 'suggest' && command.change.kind === 'insert' && command.change.text.length > L.insertion) {
    return refuse(DiscussionErrorCode.TooLong, `a suggestion inserts at most ${L.insertion} characters`);
  }
  return null;
}
