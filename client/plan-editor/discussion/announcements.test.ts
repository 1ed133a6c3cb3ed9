import { describe, expect, it } from 'vitest';
import { discussionEvents } from './announcements';
import { kari, message, ola, suggestion, thread, viewOf } from './testFixtures';

const opened = () => thread({ id: 't', author: ola, messages: [message({ id: 'm1', threadId: 't', author: ola })] });

describe('what is said aloud', () => {
  it('says nothing about the discussion arriving, or before the person is known', () => {
    expect(discussionEvents(null, viewOf([opened()]), kari.id, 't')).toEqual([]);
    expect(discussionEvents(viewOf([]), viewOf([opened()]), null, null)).toEqual([]);
  });

  it('tells of replies by others in the open thread only', () => {
    const before = viewOf([opened(), thread({ id: 'other', author: ola })]);
    const withReplies = (id: string, author = ola) => ({
      ...before.threads.find((t) => t.id === id)!,
      messages: [...before.threads.find((t) => t.id === id)!.messages, message({ id: `${id}-r`, threadId: id, author })],
    });
    expect(discussionEvents(before, viewOf([withReplies('t'), withReplies('other')]), kari.id, 't')).toEqual([
      { kind: 'reply', threadId: 't', author: 'Ola' },
    ]);
    expect(discussionEvents(before, viewOf([withReplies('t', kari)]), kari.id, 't')).toEqual([]);
  });

  it('tells of a new thread that mentions the person, not one that does not or that they started', () => {
    const mentioning = thread({ id: 'n', author: ola, messages: [message({ id: 'x', threadId: 'n', author: ola, mentions: [kari.id] })] });
    const plain = thread({ id: 'p', author: ola });
    const own = thread({ id: 'o', messages: [message({ id: 'y', threadId: 'o', mentions: [kari.id] })] });
    expect(discussionEvents(viewOf([]), viewOf([mentioning, plain, own]), kari.id, null)).toEqual([
      { kind: 'mentioned', threadId: 'n', author: 'Ola' },
    ]);
  });

  it("tells of decisions by others on the person's own suggestions, not on withdrawing", () => {
    const mine = suggestion({ id: 's', author: kari });
    const before = viewOf([], [mine, suggestion({ id: 'theirs' })]);
    const after = viewOf(
      [],
      [{ ...mine, status: 'accepted', decided: { by: ola, at: 5 } }, suggestion({ id: 'theirs', status: 'rejected', decided: { by: kari, at: 5 } })],
    );
    expect(discussionEvents(before, after, kari.id, null)).toEqual([{ kind: 'decided', suggestionId: 's', status: 'accepted', by: 'Ola' }]);
    const withdrawn = viewOf([], [{ ...mine, status: 'rejected', decided: { by: kari, at: 5 } }]);
    expect(discussionEvents(before, withdrawn, kari.id, null)).toEqual([]);
  });
});
