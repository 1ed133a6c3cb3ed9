import { describe, expect, it } from 'vitest';
import { getActivity } from '../activities';
import { listVotes } from '../privateDoc';
import { readTally } from '../tallies';
import type { Activity } from '../types';
import {
  createWorld,
  HOST,
  idOf,
  ok,
  person,
  refusal,
  runningWorkshop,
  type Agenda,
  type World,
} from '../testing/fixture';

const KARI = person('kari');
const OLA = person('ola');

function activity(world: World, id: string): Activity {
  const found = getActivity(world.pub, id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}

/** Three clusters on the brainstorm's board, and a note in each; the vote not yet started. */
function clustered(votesPerPerson = 2) {
  const world = createWorld(5);
  const agenda = runningWorkshop(world, { people: ['kari', 'ola'], votesPerPerson });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
  const clusters = ['Arenaer', 'Lokaler', 'Info'].map((title) =>
    idOf(ok(world, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title })),
  );
  return { world, agenda, clusters: clusters as [string, string, string] };
}

function voting(votesPerPerson = 2) {
  const setup = clustered(votesPerPerson);
  ok(setup.world, HOST, { type: 'startActivity', activityId: setup.agenda.vote });
  return setup;
}

const vote = (agenda: Agenda, targetId: string) =>
  ({ type: 'vote', activityId: agenda.vote, targetId }) as const;

describe('vote', () => {
  it('is refused before the vote activity runs', () => {
    const { world, agenda, clusters } = clustered();
    expect(refusal(world, KARI, vote(agenda, clusters[0]))).toBe('activity-not-current');
    ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
    ok(world, KARI, vote(agenda, clusters[0]));
  });

  it('enforces the budget, counting votes already cast in the activity', () => {
    const { world, agenda, clusters } = voting(2);
    expect(ok(world, KARI, vote(agenda, clusters[0]))).toEqual({
      type: 'votes',
      activityId: agenda.vote,
      used: 1,
      remaining: 1,
    });
    expect(ok(world, KARI, vote(agenda, clusters[1]))).toMatchObject({ used: 2, remaining: 0 });
    expect(refusal(world, KARI, vote(agenda, clusters[2]))).toBe('vote-budget-exceeded');
    ok(world, OLA, vote(agenda, clusters[2]));
    expect(
      ok(world, KARI, { type: 'unvote', activityId: agenda.vote, targetId: clusters[0] }),
    ).toMatchObject({ used: 1, remaining: 1 });
    ok(world, KARI, vote(agenda, clusters[2]));
    expect(listVotes(world.priv, { participantId: 'kari' })).toHaveLength(2);
  });

  it('allows one vote per person and target', () => {
    const { world, agenda, clusters } = voting(3);
    ok(world, KARI, vote(agenda, clusters[0]));
    expect(refusal(world, KARI, vote(agenda, clusters[0]))).toBe('already-voted');
    expect(
      refusal(world, KARI, { type: 'unvote', activityId: agenda.vote, targetId: clusters[1] }),
    ).toBe('not-voted');
  });

  it('shows only live counts, never targets, until the reveal; then closes', () => {
    const { world, agenda, clusters } = voting(2);
    ok(world, KARI, vote(agenda, clusters[0]));
    ok(world, OLA, vote(agenda, clusters[0]));
    ok(world, OLA, vote(agenda, clusters[1]));
    expect(readTally(world.pub, activity(world, agenda.vote))).toEqual({
      kind: 'vote',
      cast: 3,
      voters: 2,
      totals: null,
    });
    expect(ok(world, HOST, { type: 'revealVotes', activityId: agenda.vote })).toEqual({
      type: 'revealed',
      activityId: agenda.vote,
      count: 3,
    });
    expect(readTally(world.pub, activity(world, agenda.vote))).toMatchObject({
      totals: { [clusters[0]]: 2, [clusters[1]]: 1 },
    });
    expect(refusal(world, KARI, vote(agenda, clusters[2]))).toBe('votes-revealed');
    expect(
      refusal(world, OLA, { type: 'unvote', activityId: agenda.vote, targetId: clusters[1] }),
    ).toBe('votes-revealed');
    expect(refusal(world, HOST, { type: 'revealVotes', activityId: agenda.vote })).toBe(
      'already-revealed',
    );
  });

  it('takes only targets of the vote’s board and kind, and no hidden notes', () => {
    const world = createWorld(5);
    const agenda = runningWorkshop(world, { people: ['kari'], voteOn: 'notes' });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    const note = idOf(
      ok(world, KARI, { type: 'addNote', activityId: agenda.brainstorm, text: 'a' }),
    );
    const hidden = idOf(
      ok(world, KARI, { type: 'addNote', activityId: agenda.brainstorm, text: 'b' }),
    );
    const secret = idOf(
      ok(world, KARI, {
        type: 'addNote',
        activityId: agenda.brainstorm,
        text: 'c',
        clientKey: 'late1',
      }),
    );
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const cluster = idOf(
      ok(world, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'x' }),
    );
    ok(world, HOST, { type: 'hideNote', noteId: hidden, reason: 'offensive' });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
    ok(world, KARI, vote(agenda, note));
    expect(refusal(world, KARI, vote(agenda, hidden))).toBe('unknown-target');
    expect(refusal(world, KARI, vote(agenda, cluster))).toBe('unknown-target');
    expect(refusal(world, KARI, vote(agenda, 'nothing'))).toBe('unknown-target');
    // The client's key names nothing: the note's id is the server's own.
    expect(secret).not.toBe('late1');
  });

  it('is refused while locked, for removed people, and for observers', () => {
    const { world, agenda, clusters } = voting();
    ok(world, HOST, { type: 'lockInput' });
    expect(refusal(world, KARI, vote(agenda, clusters[0]))).toBe('input-locked');
    ok(world, HOST, { type: 'vote', activityId: agenda.vote, targetId: clusters[0] });
    ok(world, HOST, { type: 'unlockInput' });
    ok(world, HOST, { type: 'removeParticipant', participantId: 'ola' });
    expect(refusal(world, OLA, vote(agenda, clusters[0]))).toBe('participant-removed');
    expect(refusal(world, person('obs', 'observer'), vote(agenda, clusters[0]))).toBe('forbidden');
  });

  it('keeps a participant in a breakout to their group’s targets', () => {
    const { world, agenda } = clustered();
    const split = ok(world, HOST, {
      type: 'splitIntoGroups',
      count: 2,
      mode: 'manual',
      assignments: { kari: 0, ola: 1 },
    });
    if (split.type !== 'groupsCreated') throw new Error('no groups');
    const [g0, g1] = split.groupIds as [string, string];
    const c0 = idOf(
      ok(world, HOST, {
        type: 'createCluster',
        activityId: agenda.brainstorm,
        title: 'G0',
        groupId: g0,
      }),
    );
    const c1 = idOf(
      ok(world, HOST, {
        type: 'createCluster',
        activityId: agenda.brainstorm,
        title: 'G1',
        groupId: g1,
      }),
    );
    ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
    ok(world, KARI, vote(agenda, c0));
    expect(refusal(world, KARI, vote(agenda, c1))).toBe('wrong-group');
    ok(world, OLA, vote(agenda, c1));
  });

  it('adds votes while voting is open, never takes them away', () => {
    const { world, agenda, clusters } = voting(1);
    ok(world, KARI, vote(agenda, clusters[0]));
    const more = (votesPerPerson: number) =>
      ({
        type: 'updateActivity',
        activityId: agenda.vote,
        changes: { kind: 'vote', votesPerPerson },
      }) as const;
    ok(world, HOST, more(2));
    ok(world, KARI, vote(agenda, clusters[1]));
    expect(refusal(world, HOST, more(1))).toBe('activity-started');
    ok(world, HOST, { type: 'revealVotes', activityId: agenda.vote });
    expect(refusal(world, HOST, more(5))).toBe('activity-started');
  });
});

describe('answerPoll', () => {
  function polling(multiple: boolean) {
    const world = createWorld(9);
    const agenda = runningWorkshop(world, { people: ['kari', 'ola'] });
    if (multiple) {
      ok(world, HOST, {
        type: 'updateActivity',
        activityId: agenda.poll,
        changes: { kind: 'poll', multiple: true },
      });
    }
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    ok(world, HOST, { type: 'revealPoll', activityId: agenda.poll }); // the breakdown is public once revealed
    return { world, agenda };
  }
  const answer = (agenda: Agenda, options: number[]) =>
    ({ type: 'answerPoll', activityId: agenda.poll, options }) as const;

  it('counts answers live, replacing a person’s earlier answer', () => {
    const { world, agenda } = polling(false);
    ok(world, KARI, answer(agenda, [0]));
    ok(world, OLA, answer(agenda, [0]));
    ok(world, KARI, answer(agenda, [2]));
    expect(readTally(world.pub, activity(world, agenda.poll))).toEqual({
      kind: 'poll',
      counts: [1, 0, 1],
      respondents: 2,
    });
  });

  it('takes exactly one option in a single-choice poll, existing ones only', () => {
    const { world, agenda } = polling(false);
    expect(refusal(world, KARI, answer(agenda, [0, 1]))).toBe('invalid-poll-answer');
    expect(refusal(world, KARI, answer(agenda, [3]))).toBe('invalid-poll-answer');
  });

  it('takes several distinct options in a multiple-choice poll', () => {
    const { world, agenda } = polling(true);
    ok(world, KARI, answer(agenda, [2, 0]));
    expect(refusal(world, KARI, answer(agenda, [1, 1]))).toBe('invalid-poll-answer');
    expect(readTally(world.pub, activity(world, agenda.poll))).toMatchObject({ counts: [1, 0, 1] });
  });

  it('is refused outside the running poll and while locked', () => {
    const { world, agenda } = polling(false);
    ok(world, HOST, { type: 'lockInput' });
    expect(refusal(world, KARI, answer(agenda, [0]))).toBe('input-locked');
    ok(world, HOST, { type: 'completeActivity', activityId: agenda.poll });
    ok(world, HOST, { type: 'unlockInput' });
    expect(refusal(world, KARI, answer(agenda, [0]))).toBe('activity-not-active');
    expect(
      refusal(world, KARI, { type: 'answerPoll', activityId: agenda.brainstorm, options: [0] }),
    ).toBe('wrong-activity-kind');
  });

  it('drops a removed person’s answers from the counts', () => {
    const { world, agenda } = polling(false);
    ok(world, KARI, answer(agenda, [0]));
    ok(world, OLA, answer(agenda, [1]));
    ok(world, HOST, { type: 'removeParticipant', participantId: 'ola' });
    expect(readTally(world.pub, activity(world, agenda.poll))).toMatchObject({
      counts: [1, 0, 0],
      respondents: 1,
    });
  });
});
