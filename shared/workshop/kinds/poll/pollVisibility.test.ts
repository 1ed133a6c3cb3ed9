import { describe, expect, it } from 'vitest';
import { getActivity } from '../../activities';
import { talliesMap } from '../../publicDoc';
import { readTally } from '../../tallies';
import { createWorld, HOST, ok, person, refusal, runningWorkshop, type World } from '../../testing/fixture';
import { myPrivateView } from '../../views/privateView';
import { activityResults } from '../../views/results';
import type { PollResultsShown } from './types';

/**
 * Who may see a poll's breakdown, checked where it travels: the public doc (everyone in the
 * workshop can read it) and each person's private view (sent to them alone).
 */
function poll(options: { anonymous?: boolean; resultsShown?: PollResultsShown; people?: string[] } = {}) {
  const world = createWorld(5, { anonymous: options.anonymous ?? false });
  const agenda = runningWorkshop(world, { people: options.people ?? ['kari', 'ola', 'per', 'liv'] });
  if (options.resultsShown) {
    ok(world, HOST, {
      type: 'updateActivity',
      activityId: agenda.poll,
      changes: { kind: 'poll', resultsShown: options.resultsShown },
    });
  }
  ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
  const answer = (id: string, option: number) =>
    ok(world, person(id), { type: 'answerPoll', activityId: agenda.poll, options: [option] });
  return { world, pollId: agenda.poll, answer };
}

/** Exactly what the public doc holds for the poll, as any client would decode it. */
function publicTally(world: World, pollId: string): unknown {
  return talliesMap(world.pub).toJSON()[pollId];
}

function privateCounts(world: World, who: string, pollId: string): number[] | null {
  const view = myPrivateView(world.priv, who, world.pub);
  return view.pollResults?.find((result) => result.activityId === pollId)?.counts ?? null;
}

describe('poll results shown after answering (the default)', () => {
  it('keeps the breakdown out of the public doc and sends it only to who answered', () => {
    const { world, pollId, answer } = poll();
    answer('kari', 0);
    answer('ola', 2);
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: null, respondents: 2 });
    expect(privateCounts(world, 'kari', pollId)).toEqual([1, 0, 1]);
    expect(privateCounts(world, 'ola', pollId)).toEqual([1, 0, 1]);
    expect(privateCounts(world, 'per', pollId)).toBeNull();
    expect(privateCounts(world, 'host', pollId)).toEqual([1, 0, 1]);
    answer('per', 1);
    expect(privateCounts(world, 'per', pollId)).toEqual([1, 1, 1]);
    expect(privateCounts(world, 'liv', pollId)).toBeNull();
  });

  it('makes the breakdown public for everyone once revealed, and keeps it current', () => {
    const { world, pollId, answer } = poll();
    answer('kari', 0);
    ok(world, HOST, { type: 'revealPoll', activityId: pollId });
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: [1, 0, 0], respondents: 1 });
    answer('liv', 2);
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: [1, 0, 1], respondents: 2 });
    // Public now: nothing more to send privately.
    expect(privateCounts(world, 'kari', pollId)).toBeNull();
  });
});

describe('poll results kept for the reveal', () => {
  it('shows the breakdown to facilitators only until the reveal', () => {
    const { world, pollId, answer } = poll({ resultsShown: 'afterReveal' });
    answer('kari', 1);
    answer('ola', 1);
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: null, respondents: 2 });
    expect(privateCounts(world, 'kari', pollId)).toBeNull();
    expect(privateCounts(world, 'host', pollId)).toEqual([0, 2, 0]);
    ok(world, HOST, { type: 'revealPoll', activityId: pollId });
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: [0, 2, 0], respondents: 2 });
  });

  it('publishes the breakdown when the workshop ends, for the results page', () => {
    const { world, pollId, answer } = poll({ resultsShown: 'afterReveal' });
    answer('kari', 1);
    expect(publicTally(world, pollId)).toMatchObject({ counts: null });
    ok(world, HOST, { type: 'end' });
    expect(activityResults(world.pub, pollId)).toMatchObject({
      options: [{ count: 0 }, { count: 1 }, { count: 0 }],
      respondents: 1,
    });
  });
});

describe('an anonymous workshop’s poll', () => {
  it('shows no breakdown anywhere while fewer than 3 have answered, only their number', () => {
    const { world, pollId, answer } = poll({ anonymous: true });
    answer('kari', 0);
    answer('ola', 1);
    ok(world, HOST, { type: 'revealPoll', activityId: pollId });
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: null, respondents: 2 });
    for (const who of ['kari', 'ola', 'per', 'host']) expect(privateCounts(world, who, pollId)).toBeNull();
    ok(world, HOST, { type: 'end' });
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: null, respondents: 2 });
  });

  it('shows it from the third answer on', () => {
    const { world, pollId, answer } = poll({ anonymous: true });
    answer('kari', 0);
    answer('ola', 1);
    answer('per', 1);
    expect(publicTally(world, pollId)).toMatchObject({ counts: null, respondents: 3 });
    expect(privateCounts(world, 'per', pollId)).toEqual([1, 2, 0]);
    expect(privateCounts(world, 'liv', pollId)).toBeNull();
    ok(world, HOST, { type: 'revealPoll', activityId: pollId });
    expect(publicTally(world, pollId)).toEqual({ kind: 'poll', counts: [1, 2, 0], respondents: 3 });
  });
});

describe('revealPoll', () => {
  it('is the facilitator’s, for a poll that has started, once', () => {
    const world = createWorld(6);
    const agenda = runningWorkshop(world, { people: ['kari'] });
    const reveal = { type: 'revealPoll', activityId: agenda.poll } as const;
    expect(refusal(world, HOST, reveal)).toBe('activity-not-active');
    expect(refusal(world, HOST, { type: 'revealPoll', activityId: agenda.vote })).toBe(
      'wrong-activity-kind',
    );
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    expect(refusal(world, person('kari'), reveal)).toBe('forbidden');
    ok(world, HOST, reveal);
    expect(refusal(world, HOST, reveal)).toBe('already-revealed');
    const activity = getActivity(world.pub, agenda.poll);
    expect(activity).toMatchObject({ resultsShown: 'afterAnswering', resultsRevealed: true });
    expect(activity && readTally(world.pub, activity)).toMatchObject({ counts: [0, 0, 0] });
  });

  it('lets the facilitator change who sees the results while the poll runs, not its options', () => {
    const { world, pollId } = poll();
    ok(world, HOST, {
      type: 'updateActivity',
      activityId: pollId,
      changes: { kind: 'poll', resultsShown: 'afterReveal' },
    });
    expect(
      refusal(world, HOST, {
        type: 'updateActivity',
        activityId: pollId,
        changes: { kind: 'poll', options: ['Ja', 'Nei'] },
      }),
    ).toBe('activity-started');
  });
});

describe('a poll made to show its results only after the reveal', () => {
  it('keeps that choice from the moment it is added', () => {
    const world = createWorld(6);
    const added = ok(world, HOST, {
      type: 'addActivity',
      activity: { kind: 'poll', prompt: 'Hvor ofte?', timeboxMinutes: null, options: ['Ofte', 'Sjelden'], multiple: false, resultsShown: 'afterReveal' },
    });
    const id = added.type === 'created' ? added.id : '';
    expect(getActivity(world.pub, id)).toMatchObject({ kind: 'poll', resultsShown: 'afterReveal', resultsRevealed: false });
  });
});
