import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { fragmentToPlainText } from '../plan/richText';
import { purposeFragment } from '../plan/planDoc';
import { applyDiscussionCommand } from './apply';
import { rangeText, resolveRange } from './anchors';
import { parseDiscussionCommand } from './commands';
import { DiscussionErrorCode } from './errors';
import { actorOf, contextFor, endAt, planWithPurpose, startAt } from './testing';
import { discussionView } from './view';

function run(discussion: Y.Doc, plan: Y.Doc, actor: ReturnType<typeof actorOf>, input: unknown, ctx = contextFor({ members: ['kari', 'ola'] })) {
  const parsed = parseDiscussionCommand(input);
  if (!parsed.ok) return parsed;
  return applyDiscussionCommand(discussion, plan, actor, parsed.command, ctx);
}

const purpose = { kind: 'purpose' } as const;

describe('comment threads', () => {
  it('anchors a thread to a range, quotes it, and follows the text under edits before it', () => {
    const { plan, texts } = planWithPurpose(['Alle barn skal ha en trygg skolevei.']);
    const discussion = new Y.Doc();
    const text = texts[0]!;
    const result = run(discussion, plan, actorOf('kari'), {
      type: 'startThread',
      section: purpose,
      range: { start: startAt(text, 21), end: endAt(text, 36) },
      body: 'Hva betyr trygg her, @ola?',
      mentions: ['ola'],
    });
    expect(result).toMatchObject({ ok: true, outcome: { type: 'created' } });
    const [thread] = discussionView(discussion).threads;
    expect(thread?.anchor.range?.quote).toBe('trygg skolevei.');
    text.insert(0, 'Nesten ');
    text.insert(text.length, ' Og sykkelvei.');
    const range = resolveRange(plan, purposeFragment(plan), thread!.anchor.range!.start, thread!.anchor.range!.end);
    expect(range && rangeText(purposeFragment(plan), range)).toBe('trygg skolevei.');
    expect(thread?.messages).toMatchObject([{ body: 'Hva betyr trygg her, @ola?', mentions: ['ola'], author: { id: 'kari' } }]);
  });

  it('refuses mentions of people not on the plan, too many mentions and too long bodies', () => {
    const { plan } = planWithPurpose(['Tekst']);
    const discussion = new Y.Doc();
    const start = { type: 'startThread', section: purpose, body: 'Hei' };
    expect(run(discussion, plan, actorOf('kari'), { ...start, mentions: ['stranger'] })).toMatchObject({ ok: false, code: DiscussionErrorCode.UnknownMention });
    const many = Array.from({ length: 21 }, (_, i) => `p${i}`);
    expect(run(discussion, plan, actorOf('kari'), { ...start, mentions: many })).toMatchObject({ ok: false, code: DiscussionErrorCode.TooManyMentions });
    expect(run(discussion, plan, actorOf('kari'), { ...start, body: 'x'.repeat(10_001) })).toMatchObject({ ok: false, code: DiscussionErrorCode.TooLong });
    expect(run(discussion, plan, actorOf('kari'), { ...start, author: 'ola' })).toMatchObject({ ok: false, code: DiscussionErrorCode.BadCommand });
    expect(discussionView(discussion).threads).toHaveLength(0);
  });

  it('lets observers only read unless the owner allows them to comment', () => {
    const { plan } = planWithPurpose(['Tekst']);
    const discussion = new Y.Doc();
    const start = { type: 'startThread', section: purpose, body: 'Hei' };
    expect(run(discussion, plan, actorOf('obs', 'observer'), start)).toMatchObject({ ok: false, code: DiscussionErrorCode.Forbidden });
    expect(run(discussion, plan, actorOf('p', 'participant'), start)).toMatchObject({ ok: false, code: DiscussionErrorCode.Forbidden });
    const allowed = contextFor({ settings: { observersMayComment: true } });
    expect(run(discussion, plan, actorOf('obs', 'observer'), start, allowed)).toMatchObject({ ok: true });
  });

  it('edits and deletes only one’s own messages, keeping a deleted marker', () => {
    const { plan } = planWithPurpose(['Tekst']);
    const discussion = new Y.Doc();
    const ctx = contextFor();
    run(discussion, plan, actorOf('kari'), { type: 'startThread', section: purpose, body: 'Først' }, ctx);
    const messageId = discussionView(discussion).threads[0]!.messages[0]!.id;
    expect(run(discussion, plan, actorOf('ola'), { type: 'editMessage', messageId, body: 'Kapret' }, ctx)).toMatchObject({ ok: false, code: DiscussionErrorCode.NotAuthor });
    expect(run(discussion, plan, actorOf('kari'), { type: 'editMessage', messageId, body: 'Rettet' }, ctx)).toMatchObject({ ok: true });
    expect(discussionView(discussion).threads[0]!.messages[0]).toMatchObject({ body: 'Rettet', editedAt: 1_000 });
    expect(run(discussion, plan, actorOf('kari'), { type: 'deleteMessage', messageId }, ctx)).toMatchObject({ ok: true });
    expect(discussionView(discussion).threads[0]!.messages[0]).toMatchObject({ body: '', deletedAt: 1_000 });
    expect(run(discussion, plan, actorOf('kari'), { type: 'editMessage', messageId, body: 'Igjen' }, ctx)).toMatchObject({ ok: false, code: DiscussionErrorCode.MessageDeleted });
  });

  it('resolves and reopens, refusing the same step twice', () => {
    const { plan } = planWithPurpose(['Tekst']);
    const discussion = new Y.Doc();
    const created = run(discussion, plan, actorOf('kari'), { type: 'startThread', section: purpose, body: 'Hei' });
    const threadId = created.ok && created.outcome.type === 'created' ? created.outcome.id : '';
    expect(run(discussion, plan, actorOf('eier', 'owner'), { type: 'resolveThread', threadId })).toMatchObject({ ok: true });
    expect(discussionView(discussion).threads[0]!.resolved?.by.id).toBe('eier');
    expect(run(discussion, plan, actorOf('eier', 'owner'), { type: 'resolveThread', threadId })).toMatchObject({ ok: false, code: DiscussionErrorCode.InvalidTransition });
    expect(run(discussion, plan, actorOf('kari'), { type: 'reopenThread', threadId })).toMatchObject({ ok: true });
    expect(discussionView(discussion).threads[0]!.resolved).toBeNull();
  });
});

describe('suggestions', () => {
  it('accepts an insertion where its place has moved to, as the owner', () => {
    const { plan, texts } = planWithPurpose(['Barn skal ha skolevei.']);
    const discussion = new Y.Doc();
    const text = texts[0]!;
    const suggested = run(discussion, plan, actorOf('kari'), { type: 'suggest', section: purpose, change: { kind: 'insert', at: startAt(text, 13), text: 'trygg ' } });
    const suggestionId = suggested.ok && suggested.outcome.type === 'created' ? suggested.outcome.id : '';
    text.insert(0, 'Alle ');
    expect(run(discussion, plan, actorOf('kari'), { type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId } })).toMatchObject({ ok: false, code: DiscussionErrorCode.Forbidden });
    expect(run(discussion, plan, actorOf('eier', 'owner'), { type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId } })).toMatchObject({ ok: true });
    expect(fragmentToPlainText(purposeFragment(plan))).toBe('Alle Barn skal ha trygg skolevei.');
    expect(discussionView(discussion).suggestions[0]).toMatchObject({ status: 'accepted', decided: { by: { id: 'eier' } } });
  });

  it('refuses to accept a deletion whose text is gone or changed, and keeps it open', () => {
    const { plan, texts } = planWithPurpose(['Dette er en unødvendig setning.']);
    const discussion = new Y.Doc();
    const text = texts[0]!;
    const suggested = run(discussion, plan, actorOf('kari'), { type: 'suggest', section: purpose, change: { kind: 'delete', start: startAt(text, 12), end: endAt(text, 23) } });
    const suggestionId = suggested.ok && suggested.outcome.type === 'created' ? suggested.outcome.id : '';
    expect(discussionView(discussion).suggestions[0]?.change).toMatchObject({ quote: 'unødvendig ' });
    text.insert(15, 'XX');
    const accept = { type: 'decide', decision: 'accept', which: { kind: 'one', suggestionId } };
    expect(run(discussion, plan, actorOf('eier', 'owner'), accept)).toMatchObject({ ok: false, code: DiscussionErrorCode.SuggestionOutdated });
    text.delete(12, 13);
    expect(run(discussion, plan, actorOf('eier', 'owner'), accept)).toMatchObject({ ok: false, code: DiscussionErrorCode.AnchorLost });
    expect(discussionView(discussion).suggestions[0]?.status).toBe('open');
    expect(run(discussion, plan, actorOf('eier', 'owner'), { ...accept, decision: 'reject' })).toMatchObject({ ok: true });
    expect(discussionView(discussion).suggestions[0]?.status).toBe('rejected');
  });

  it('refuses positions that point outside the section or into text the server has not seen', () => {
    const { plan } = planWithPurpose(['Tekst']);
    const other = planWithPurpose(['Annet']);
    const discussion = new Y.Doc();
    const foreign = startAt(other.texts[0]!, 1);
    expect(run(discussion, plan, actorOf('kari'), { type: 'suggest', section: purpose, change: { kind: 'insert', at: foreign, text: 'x' } })).toMatchObject({ ok: false, code: DiscussionErrorCode.BadAnchor });
    expect(run(discussion, plan, actorOf('kari'), { type: 'suggest', section: { kind: 'item', id: 'nope' }, change: { kind: 'insert', at: foreign, text: 'x' } })).toMatchObject({ ok: false, code: DiscussionErrorCode.UnknownSection });
    expect(run(discussion, plan, actorOf('kari'), { type: 'suggest', section: purpose, change: { kind: 'insert', at: '!!', text: 'x' } })).toMatchObject({ ok: false, code: DiscussionErrorCode.BadCommand });
  });

  it('accepts all of one person’s suggestions in one plan transaction', () => {
    const { plan, texts } = planWithPurpose(['abc def ghi']);
    const discussion = new Y.Doc();
    const text = texts[0]!;
    const ctx = contextFor();
    run(discussion, plan, actorOf('kari'), { type: 'suggest', section: purpose, change: { kind: 'insert', at: startAt(text, 3), text: '1' } }, ctx);
    run(discussion, plan, actorOf('kari'), { type: 'suggest', section: purpose, change: { kind: 'delete', start: startAt(text, 4), end: endAt(text, 8) } }, ctx);
    run(discussion, plan, actorOf('ola'), { type: 'suggest', section: purpose, change: { kind: 'insert', at: startAt(text, 11), text: '!' } }, ctx);
    let transactions = 0;
    plan.on('afterTransaction', () => transactions++);
    const result = run(discussion, plan, actorOf('eier', 'owner'), { type: 'decide', decision: 'accept', which: { kind: 'author', authorId: 'kari' } }, ctx);
    expect(result).toMatchObject({ ok: true, outcome: { type: 'decided', failed: [] } });
    expect(transactions).toBe(1);
    expect(fragmentToPlainText(purposeFragment(plan))).toBe('abc1 ghi');
    expect(discussionView(discussion).suggestions.map((s) => s.status)).toEqual(['accepted', 'accepted', 'open']);
  });
});
