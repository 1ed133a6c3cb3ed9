import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { purposeFragment } from '../plan/planDoc';
import { applyDiscussionCommand } from './apply';
import { isEmptyRange, resolveRange } from './anchors';
import { parseDiscussionCommand } from './commands';
import { DiscussionErrorCode } from './errors';
import { actorOf, contextFor, endAt, planWithPurpose, startAt } from './testing';
import { discussionView } from './view';

/** Bugs the seeded simulation (simulation.test.ts) found, each pinned as a small example. */

function run(discussion: Y.Doc, plan: Y.Doc, input: unknown) {
  const parsed = parseDiscussionCommand(input);
  if (!parsed.ok) return parsed;
  return applyDiscussionCommand(discussion, plan, actorOf('kari'), parsed.command, contextFor());
}

const purpose = { kind: 'purpose' } as const;

describe('ranges across paragraphs', () => {
  it('detaches a thread across two paragraphs once all its text is deleted', () => {
    const { plan, texts } = planWithPurpose(['Første avsnitt', 'Andre avsnitt']);
    const [first, second] = texts as [Y.XmlText, Y.XmlText];
    const discussion = new Y.Doc();
    const range = { start: startAt(first, 7), end: endAt(second, 5) };
    expect(
      run(discussion, plan, {
        type: 'startThread',
        section: purpose,
        range,
        body: 'Hvorfor to avsnitt?',
      }),
    ).toMatchObject({ ok: true });
    expect(discussionView(discussion).threads[0]?.anchor.range?.quote).toBe('avsnitt\nAndre');
    first.delete(7, 7);
    second.delete(0, 5);
    // Only the paragraph break is left between its ends: there is no text to point at any more.
    const resolved = resolveRange(plan, purposeFragment(plan), range.start, range.end);
    expect(resolved !== null && isEmptyRange(resolved)).toBe(true);
  });

  it('refuses a comment on a range that holds only a paragraph break', () => {
    const { plan, texts } = planWithPurpose(['Første', 'Andre']);
    const [first, second] = texts as [Y.XmlText, Y.XmlText];
    const discussion = new Y.Doc();
    const range = { start: startAt(first, first.length), end: endAt(second, 0) };
    expect(
      run(discussion, plan, { type: 'startThread', section: purpose, range, body: 'Her?' }),
    ).toMatchObject({ ok: false, code: DiscussionErrorCode.BadAnchor });
    expect(discussionView(discussion).threads).toHaveLength(0);
  });

  it('keeps a range across paragraphs that still holds a character', () => {
    const { plan, texts } = planWithPurpose(['Første', 'Andre']);
    const [first, second] = texts as [Y.XmlText, Y.XmlText];
    const range = { start: startAt(first, 5), end: endAt(second, 0) };
    expect(resolveRange(plan, purposeFragment(plan), range.start, range.end)).toEqual({
      from: { node: 0, offset: 5 },
      to: { node: 1, offset: 0 },
    });
  });
});

describe('long deletions', () => {
  it('refuses a deletion longer than a suggestion may be, instead of storing one no reader can show', () => {
    const long = 'x'.repeat(10_001);
    const { plan, texts } = planWithPurpose([long]);
    const discussion = new Y.Doc();
    const text = texts[0]!;
    expect(
      run(discussion, plan, { type: 'suggest', section: purpose, change: { kind: 'delete', start: startAt(text, 0), end: endAt(text, 10_001) } }),
    ).toMatchObject({ ok: false, code: DiscussionErrorCode.TooLong });
    expect(
      run(discussion, plan, { type: 'suggest', section: purpose, change: { kind: 'delete', start: startAt(text, 1), end: endAt(text, 10_001) } }),
    ).toMatchObject({ ok: true });
    expect(discussionView(discussion).suggestions).toHaveLength(1);
  });
});
