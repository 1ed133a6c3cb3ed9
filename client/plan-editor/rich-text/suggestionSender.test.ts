import { describe, expect, it } from 'vitest';
import type { DiscussionCommandInput } from '../../../shared/discussion/commands';
import type { DiscussionSendResult } from '../discussion/useDiscussion';
import { singleLine } from './pendingSuggestion';
import { sendSuggestion, type OutgoingPart } from './suggestionSender';

const section = { kind: 'purpose' } as const;
const parts: OutgoingPart[] = [
  { id: 'd1', change: { kind: 'delete', start: 'AA==', end: 'AQ==' } },
  { id: 'd2', change: { kind: 'delete', start: 'Ag==', end: 'Aw==' } },
  { id: 'i1', change: { kind: 'insert', at: 'BA==', text: 'new' } },
];

/** A server that refuses the command at `refuseAt` (0-based) and records what it got. */
function fakeServer(refuseAt: number | null) {
  const received: DiscussionCommandInput[] = [];
  const send = (command: DiscussionCommandInput): Promise<DiscussionSendResult> => {
    received.push(command);
    if (received.length - 1 === refuseAt) {
      return Promise.resolve({ ok: false, code: 'bad-anchor', message: 'no', error: 'Teksten er ikke lagret ennå.' });
    }
    return Promise.resolve({ ok: true, outcome: { type: 'created', id: 'x' }, error: null });
  };
  return { received, send };
}

describe('sendSuggestion', () => {
  it('sends deletions, then the insertion, each with its own id', async () => {
    const server = fakeServer(null);
    expect(await sendSuggestion(server.send, section, parts)).toEqual({ ok: true });
    expect(server.received.map((c) => c.type === 'suggest' && c.suggestionId)).toEqual(['d1', 'd2', 'i1']);
    expect(server.received[2]).toEqual({ type: 'suggest', suggestionId: 'i1', section, change: parts[2]!.change });
  });

  it('withdraws what was stored when a later part is refused, and says why', async () => {
    const server = fakeServer(2);
    expect(await sendSuggestion(server.send, section, parts)).toEqual({ ok: false, error: 'Teksten er ikke lagret ennå.' });
    expect(server.received.slice(3)).toEqual([
      { type: 'withdraw', suggestionId: 'd2' },
      { type: 'withdraw', suggestionId: 'd1' },
    ]);
  });

  it('stops at the first refusal without withdrawing anything else', async () => {
    const server = fakeServer(0);
    expect((await sendSuggestion(server.send, section, parts)).ok).toBe(false);
    expect(server.received).toHaveLength(1);
  });
});

describe('singleLine', () => {
  it('turns line breaks and tabs into spaces and drops other control characters', () => {
    expect(singleLine('one\r\n  two\nthree\tfour\u0007')).toBe('one two three four');
  });
});
