import type * as Y from 'yjs';
import type { Role } from '../auth/roles';
import type { Provenance } from '../plan/provenance';
import { applySuggestion, checkSuggestion } from './accept';
import { isEmptyRange, rangeText, resolvePoint, resolveRange } from './anchors';
import type { DiscussionCommand } from './commands';
import { DiscussionErrorCode as E, refuse, type DiscussionFailure } from './errors';
import { messagesMap, suggestionsMap, threadsMap } from './keys';
import { DiscussionLimits } from './limits';
import { mayComment, mayDecide, mayReadDiscussion, mayResolve, maySuggest } from './permissions';
import { sameSection, sectionFragment } from './sections';
import { readMessage, readSuggestion, readThread } from './view';
import type {
  DiscussionSettings,
  MessageRecord,
  Person,
  SectionRef,
  SuggestionRecord,
  TextRange,
  ThreadRecord,
} from './types';

/** Who sends a command, as the server established it; never taken from the command. */
export interface DiscussionActor {
  person: Person;
  role: Role;
}

/** What applying needs from outside, so the function stays pure and replayable. */
export interface DiscussionContext {
  now: number;
  newId: () => string;
  settings: DiscussionSettings;
  /** Whether an id names someone on the plan (mentions may name only them). */
  isMember: (personId: string) => boolean;
  /** Passed to both documents' transactions, so the server can tell its own writes apart. */
  origin?: unknown;
}

export type DiscussionOutcome =
  | { type: 'done' }
  | { type: 'created'; id: string }
  | {
      type: 'decided';
      decided: string[];
      /** Suggestions that could not be accepted (their text is gone or changed); still open. */
      failed: { id: string; code: E }[];
    };

export type DiscussionResult = { ok: true; outcome: DiscussionOutcome } | DiscussionFailure;

const done: DiscussionResult = { ok: true, outcome: { type: 'done' } };

/**
 * Applies one command to a plan's discussion document (and, when a suggestion is accepted, to
 * the plan document). Checks who may, what exists, and every limit against the state the
 * command lands on; the caller runs one command at a time per plan.
 */
export function applyDiscussionCommand(
  discussion: Y.Doc,
  plan: Y.Doc,
  actor: DiscussionActor,
  command: DiscussionCommand,
  ctx: DiscussionContext,
): DiscussionResult {
  if (!mayReadDiscussion(actor.role)) return refuse(E.Forbidden, 'no access to this plan’s discussion');
  switch (command.type) {
    case 'startThread':
      return startThread(discussion, plan, actor, command, ctx);
    case 'reply':
      return replyTo(discussion, actor, command, ctx);
    case 'editMessage':
      return editMessage(discussion, actor, command, ctx);
    case 'deleteMessage':
      return deleteMessage(discussion, actor, command, ctx);
    case 'resolveThread':
    case 'reopenThread':
      return setResolved(discussion, actor, command.threadId, command.type === 'resolveThread', ctx);
    case 'suggest':
      return suggest(discussion, plan, actor, command, ctx);
    case 'withdraw':
      return withdraw(discussion, actor, command.suggestionId, ctx);
    case 'decide':
      return decide(discussion, plan, actor, command, ctx);
  }
}

function checkMentions(mentions: readonly string[], ctx: DiscussionContext): DiscussionFailure | null {
  const unknown = mentions.find((id) => !ctx.isMember(id));
  return unknown ? refuse(E.UnknownMention, `${unknown} is not on this plan`) : null;
}

function freshId(map: Y.Map<unknown>, wanted: string | undefined, ctx: DiscussionContext): string | DiscussionFailure {
  if (wanted === undefined) return ctx.newId();
  return map.has(wanted) ? refuse(E.IdTaken, 'that id is in use') : wanted;
}

function newMessage(threadId: string, id: string, actor: DiscussionActor, body: string, mentions: string[], now: number): MessageRecord {
  return { id, threadId, author: actor.person, createdAt: now, body, mentions: [...new Set(mentions)], editedAt: null, deletedAt: null };
}

/** The text range a client named, checked against the plan: inside the section, in order. */
function checkRange(plan: Y.Doc, section: SectionRef, range: { start: string; end: string }): TextRange | DiscussionFailure {
  const fragment = sectionFragment(plan, section);
  if (!fragment) return refuse(E.UnknownSection, 'no such section');
  const resolved = resolveRange(plan, fragment, range.start, range.end);
  if (!resolved || isEmptyRange(resolved)) {
    return refuse(E.BadAnchor, 'the range does not point into this section’s current text');
  }
  return { start: range.start, end: range.end, quote: rangeText(fragment, resolved).slice(0, DiscussionLimits.quote) };
}

function startThread(
  discussion: Y.Doc,
  plan: Y.Doc,
  actor: DiscussionActor,
  command: Extract<DiscussionCommand, { type: 'startThread' }>,
  ctx: DiscussionContext,
  provenance: Provenance | null = null,
): DiscussionResult {
  if (!mayComment(actor.role, ctx.settings)) return refuse(E.Forbidden, 'this role may not comment here');
  const mentionProblem = checkMentions(command.mentions, ctx);
  if (mentionProblem) return mentionProblem;
  const threads = threadsMap(discussion);
  if (messagesMap(discussion).size >= DiscussionLimits.messagesPerPlan) return refuse(E.LimitReached, 'this plan holds as many comments as it may');
  const threadId = freshId(threads, command.threadId, ctx);
  if (typeof threadId !== 'string') return threadId;
  let section = command.section;
  let range: TextRange | null = null;
  if (command.suggestionId !== null) {
    const suggestion = readSuggestion(discussion, command.suggestionId);
    if (!suggestion) return refuse(E.UnknownSuggestion, 'no such suggestion');
    section = suggestion.section;
    range = suggestionRange(suggestion);
  } else if (command.range) {
    const checked = checkRange(plan, section, command.range);
    if ('ok' in checked) return checked;
    range = checked;
  } else if (!sectionFragment(plan, section)) {
    return refuse(E.UnknownSection, 'no such section');
  }
  const thread: ThreadRecord = {
    id: threadId,
    anchor: { section, range },
    author: actor.person,
    createdAt: ctx.now,
    resolved: null,
    suggestionId: command.suggestionId,
    provenance,
    activityAt: ctx.now,
  };
  discussion.transact(() => {
    threads.set(threadId, thread);
    const message = newMessage(threadId, ctx.newId(), actor, command.body, command.mentions, ctx.now);
    messagesMap(discussion).set(message.id, message);
  }, ctx.origin);
  return { ok: true, outcome: { type: 'created', id: threadId } };
}

function suggestionRange(suggestion: SuggestionRecord): TextRange {
  const { change } = suggestion;
  return change.kind === 'insert'
    ? { start: change.at, end: change.at, quote: '' }
    : { start: change.start, end: change.end, quote: change.quote.slice(0, DiscussionLimits.quote) };
}

/**
 * A thread made by the server from a workshop result ("promote as a comment"): anchored to the
 * section, carrying where it came from. The actor is the person who promoted it.
 */
export function startThreadFromWorkshop(
  discussion: Y.Doc,
  plan: Y.Doc,
  actor: DiscussionActor,
  input: { section: SectionRef; body: string; provenance: Provenance },
  ctx: DiscussionContext,
): DiscussionResult {
  const body = input.body.trim().slice(0, DiscussionLimits.body) || '…';
  return startThread(
    discussion,
    plan,
    actor,
    { type: 'startThread', section: input.section, range: null, suggestionId: null, body, mentions: [] },
    ctx,
    input.provenance,
  );
}

function touch(discussion: Y.Doc, thread: ThreadRecord, now: number, change: Partial<ThreadRecord> = {}): void {
  threadsMap(discussion).set(thread.id, { ...thread, ...change, activityAt: now });
}

function replyTo(
  discussion: Y.Doc,
  actor: DiscussionActor,
  command: Extract<DiscussionCommand, { type: 'reply' }>,
  ctx: DiscussionContext,
): DiscussionResult {
  if (!mayComment(actor.role, ctx.settings)) return refuse(E.Forbidden, 'this role may not comment here');
  const thread = readThread(discussion, command.threadId);
  if (!thread) return refuse(E.UnknownThread, 'no such thread');
  const mentionProblem = checkMentions(command.mentions, ctx);
  if (mentionProblem) return mentionProblem;
  const messages = messagesMap(discussion);
  if (messages.size >= DiscussionLimits.messagesPerPlan) return refuse(E.LimitReached, 'this plan holds as many comments as it may');
  const id = freshId(messages, command.messageId, ctx);
  if (typeof id !== 'string') return id;
  discussion.transact(() => {
    messages.set(id, newMessage(thread.id, id, actor, command.body, command.mentions, ctx.now));
    touch(discussion, thread, ctx.now);
  }, ctx.origin);
  return { ok: true, outcome: { type: 'created', id } };
}

function ownMessage(discussion: Y.Doc, actor: DiscussionActor, messageId: string): { message: MessageRecord; thread: ThreadRecord } | DiscussionFailure {
  const message = readMessage(discussion, messageId);
  const thread = message ? readThread(discussion, message.threadId) : null;
  if (!message || !thread) return refuse(E.UnknownMessage, 'no such message');
  if (message.author.id !== actor.person.id) return refuse(E.NotAuthor, 'only its author may change a message');
  if (message.deletedAt !== null) return refuse(E.MessageDeleted, 'the message was deleted');
  return { message, thread };
}

function editMessage(
  discussion: Y.Doc,
  actor: DiscussionActor,
  command: Extract<DiscussionCommand, { type: 'editMessage' }>,
  ctx: DiscussionContext,
): DiscussionResult {
  // Who lost the right to comment (a role change, a setting) may no longer change what they wrote.
  if (!mayComment(actor.role, ctx.settings)) return refuse(E.Forbidden, 'this role may not comment here');
  const found = ownMessage(discussion, actor, command.messageId);
  if ('ok' in found) return found;
  const mentionProblem = checkMentions(command.mentions, ctx);
  if (mentionProblem) return mentionProblem;
  discussion.transact(() => {
    messagesMap(discussion).set(found.message.id, { ...found.message, body: command.body, mentions: [...new Set(command.mentions)], editedAt: ctx.now });
    touch(discussion, found.thread, ctx.now);
  }, ctx.origin);
  return done;
}

function deleteMessage(
  discussion: Y.Doc,
  actor: DiscussionActor,
  command: Extract<DiscussionCommand, { type: 'deleteMessage' }>,
  ctx: DiscussionContext,
): DiscussionResult {
  if (!mayComment(actor.role, ctx.settings)) return refuse(E.Forbidden, 'this role may not comment here');
  const found = ownMessage(discussion, actor, command.messageId);
  if ('ok' in found) return found;
  discussion.transact(() => {
    // The marker stays so the conversation still reads in order; the words go.
    messagesMap(discussion).set(found.message.id, { ...found.message, body: '', mentions: [], deletedAt: ctx.now });
    touch(discussion, found.thread, ctx.now);
  }, ctx.origin);
  return done;
}

function setResolved(discussion: Y.Doc, actor: DiscussionActor, threadId: string, resolve: boolean, ctx: DiscussionContext): DiscussionResult {
  if (!mayResolve(actor.role, ctx.settings)) return refuse(E.Forbidden, 'this role may not resolve threads');
  const thread = readThread(discussion, threadId);
  if (!thread) return refuse(E.UnknownThread, 'no such thread');
  if ((thread.resolved !== null) === resolve) {
    return refuse(E.InvalidTransition, resolve ? 'the thread is resolved already' : 'the thread is open');
  }
  discussion.transact(() => touch(discussion, thread, ctx.now, { resolved: resolve ? { by: actor.person, at: ctx.now } : null }), ctx.origin);
  return done;
}

function suggest(
  discussion: Y.Doc,
  plan: Y.Doc,
  actor: DiscussionActor,
  command: Extract<DiscussionCommand, { type: 'suggest' }>,
  ctx: DiscussionContext,
): DiscussionResult {
  if (!maySuggest(actor.role)) return refuse(E.Forbidden, 'this role may not suggest changes');
  const suggestions = suggestionsMap(discussion);
  if (suggestions.size >= DiscussionLimits.suggestionsPerPlan) return refuse(E.LimitReached, 'this plan holds as many suggestions as it may');
  const id = freshId(suggestions, command.suggestionId, ctx);
  if (typeof id !== 'string') return id;
  const fragment = sectionFragment(plan, command.section);
  if (!fragment) return refuse(E.UnknownSection, 'no such section');
  const { change } = command;
  let stored: SuggestionRecord['change'];
  if (change.kind === 'insert') {
    if (!resolvePoint(plan, fragment, change.at)) return refuse(E.BadAnchor, 'the place does not point into this section’s current text');
    stored = { kind: 'insert', at: change.at, text: change.text };
  } else {
    const range = resolveRange(plan, fragment, change.start, change.end);
    if (!range || isEmptyRange(range)) return refuse(E.BadAnchor, 'the range does not point into this section’s current text');
    if (range.from.node !== range.to.node) return refuse(E.BadAnchor, 'a deletion stays within one paragraph');
    const quote = rangeText(fragment, range);
    // The quote is stored with the suggestion; an unbounded one would not fit its record.
    if (quote.length > DiscussionLimits.insertion) return refuse(E.TooLong, `a suggestion deletes at most ${DiscussionLimits.insertion} characters`);
    stored = { kind: 'delete', start: change.start, end: change.end, quote };
  }
  const record: SuggestionRecord = {
    id,
    section: command.section,
    change: stored,
    author: actor.person,
    createdAt: ctx.now,
    status: 'open',
    decided: null,
  };
  discussion.transact(() => suggestions.set(id, record), ctx.origin);
  return { ok: true, outcome: { type: 'created', id } };
}

function withdraw(discussion: Y.Doc, actor: DiscussionActor, suggestionId: string, ctx: DiscussionContext): DiscussionResult {
  const suggestion = readSuggestion(discussion, suggestionId);
  if (!suggestion) return refuse(E.UnknownSuggestion, 'no such suggestion');
  if (suggestion.author.id !== actor.person.id) return refuse(E.NotAuthor, 'only its author may withdraw a suggestion');
  if (suggestion.status !== 'open') return refuse(E.AlreadyDecided, 'the suggestion was decided already');
  // Withdrawn is rejected by its own author: the list keeps who and when.
  discussion.transact(() => suggestionsMap(discussion).set(suggestion.id, { ...suggestion, status: 'rejected', decided: { by: actor.person, at: ctx.now } }), ctx.origin);
  return done;
}

function decide(
  discussion: Y.Doc,
  plan: Y.Doc,
  actor: DiscussionActor,
  command: Extract<DiscussionCommand, { type: 'decide' }>,
  ctx: DiscussionContext,
): DiscussionResult {
  if (!mayDecide(actor.role, ctx.settings)) return refuse(E.Forbidden, 'this role may not accept or reject suggestions');
  const { which } = command;
  let chosen: SuggestionRecord[];
  if (which.kind === 'one') {
    const suggestion = readSuggestion(discussion, which.suggestionId);
    if (!suggestion) return refuse(E.UnknownSuggestion, 'no such suggestion');
    if (suggestion.status !== 'open') return refuse(E.AlreadyDecided, 'the suggestion was decided already');
    chosen = [suggestion];
  } else {
    chosen = [];
    suggestionsMap(discussion).forEach((_value, id) => {
      const suggestion = readSuggestion(discussion, id);
      if (!suggestion || suggestion.status !== 'open') return;
      const matches = which.kind === 'author' ? suggestion.author.id === which.authorId : sameSection(suggestion.section, which.section);
      if (matches) chosen.push(suggestion);
    });
    chosen.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    chosen = chosen.slice(0, DiscussionLimits.decideAtOnce);
  }
  const accept = command.decision === 'accept';
  const decided: string[] = [];
  const failed: { id: string; code: E }[] = [];
  // Checked first against the text as it is, so one refusal decides nothing for a single choice.
  for (const suggestion of chosen) {
    const verdict = accept ? checkSuggestion(plan, suggestion) : ({ ok: true } as const);
    if (verdict.ok) decided.push(suggestion.id);
    else failed.push({ id: suggestion.id, code: verdict.code });
  }
  if (which.kind === 'one' && failed.length > 0) {
    const verdict = checkSuggestion(plan, chosen[0]!);
    return refuse(failed[0]!.code, verdict.ok ? 'cannot accept' : verdict.reason);
  }
  const applied = new Set(decided);
  if (accept) {
    // One transaction: everyone sees every accepted change at once, as one forward edit.
    plan.transact(() => {
      for (const suggestion of chosen) {
        if (!applied.has(suggestion.id)) continue;
        // A deletion accepted earlier in this batch can take another's text with it.
        const result = applySuggestion(plan, suggestion);
        if (!result.ok) {
          applied.delete(suggestion.id);
          failed.push({ id: suggestion.id, code: result.code });
        }
      }
    }, ctx.origin);
  }
  const status = accept ? 'accepted' : 'rejected';
  discussion.transact(() => {
    for (const suggestion of chosen) {
      if (applied.has(suggestion.id)) suggestionsMap(discussion).set(suggestion.id, { ...suggestion, status, decided: { by: actor.person, at: ctx.now } });
    }
  }, ctx.origin);
  return { ok: true, outcome: { type: 'decided', decided: [...applied], failed } };
}
