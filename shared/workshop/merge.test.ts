import { describe, expect, it } from 'vitest';
import { getActivity } from './activities';
import { listNotes } from './board';
import { likelyDuplicates } from './duplicates';
import { getParticipant, listParticipants } from './people';
import { getAnswer, listPrivateNotes, listVotes } from './privateDoc';
import { readTally } from './tallies';
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
} from './testing/fixture';

const KARI = person('kari');
const KARI2 = person('kari2');
const OLA = person('ola');

/** Kari joined twice (as "Kari" both times); each of her wrote notes; voting on notes is open. */
function twoKaris(options: { anonymous?: boolean; votesPerPerson?: number } = {}) {
  const world = createWorld(5, { anonymous: options.anonymous ?? false });
  const agenda = runningWorkshop(world, {
    people: ['ola'],
    voteOn: 'notes',
    votesPerPerson: options.votesPerPerson ?? 3,
  });
  ok(world, KARI, { type: 'join', name: 'Kari' });
  ok(world, KARI2, { type: 'join', name: ' kari ' });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  const write = (actor: typeof KARI, text: string) =>
    idOf(ok(world, actor, { type: 'addNote', activityId: agenda.brainstorm, text }));
  const notes = [write(KARI, 'a'), write(KARI, 'b'), write(KARI2, 'c'), write(OLA, 'd')];
  ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
  return { world, agenda, notes: notes as [string, string, string, string] };
}

const vote = (agenda: Agenda, targetId: string) =>
  ({ type: 'vote', activityId: agenda.vote, targetId }) as const;
const merge = { type: 'mergeParticipants', keepId: 'kari', mergeId: 'kari2' } as const;

function tally(world: World, id: string) {
  const activity = getActivity(world.pub, id);
  return activity ? readTally(world.pub, activity) : null;
}

describe('likelyDuplicates', () => {
  it('groups present participants by name as people read it, hosts and removed aside', () => {
    const { world } = twoKaris();
    ok(world, person('host2', 'facilitator'), { type: 'join', name: 'Ola' });
    const groups = likelyDuplicates(listParticipants(world.pub));
    expect(groups.map((group) => group.map((p) => p.id).sort())).toEqual([['kari', 'kari2']]);
    ok(world, HOST, merge);
    expect(likelyDuplicates(listParticipants(world.pub))).toEqual([]);
  });
});

describe('mergeParticipants', () => {
  it('moves notes to the kept participant and leaves the other removed and marked', () => {
    const { world, agenda, notes } = twoKaris();
    ok(world, HOST, merge);
    const authorOf = (id: string) =>
      listPrivateNotes(world.priv).find((n) => n.id === id)?.authorId;
    expect(notes.map(authorOf)).toEqual(['kari', 'kari', 'kari', 'ola']);
    expect(listNotes(world.pub, agenda.brainstorm).find((n) => n.id === notes[2])?.authorId).toBe(
      'kari',
    );
    expect(getParticipant(world.pub, 'kari2')).toMatchObject({ removed: true, mergedInto: 'kari' });
    expect(getParticipant(world.pub, 'kari')).toMatchObject({ removed: false, mergedInto: null });
    expect(tally(world, agenda.brainstorm)).toMatchObject({ notes: 4 });
    expect(refusal(world, KARI2, vote(agenda, notes[3]))).toBe('participant-removed');
  });

  it('combines votes within the budget: one per target, the excess dropped in cast order', () => {
    const { world, agenda, notes } = twoKaris({ votesPerPerson: 3 });
    ok(world, KARI, vote(agenda, notes[0]));
    ok(world, KARI, vote(agenda, notes[3]));
    ok(world, KARI2, vote(agenda, notes[3])); // the same target: dropped
    ok(world, KARI2, vote(agenda, notes[1])); // fits the budget: kept
    ok(world, KARI2, vote(agenda, notes[2])); // over the budget: dropped
    ok(world, OLA, vote(agenda, notes[0]));
    expect(tally(world, agenda.vote)).toMatchObject({ cast: 6, voters: 3 });
    ok(world, HOST, merge);
    const kept = listVotes(world.priv, { activityId: agenda.vote, participantId: 'kari' });
    expect(kept.map((v) => v.targetId).sort()).toEqual([notes[0], notes[1], notes[3]].sort());
    expect(listVotes(world.priv, { participantId: 'kari2' })).toEqual([]);
    expect(tally(world, agenda.vote)).toMatchObject({ cast: 4, voters: 2 });
    // The budget is the kept participant's and is used up.
    expect(refusal(world, KARI, vote(agenda, notes[2]))).toBe('vote-budget-exceeded');
  });

  it('keeps the kept participant’s poll answer, or else takes the other’s', () => {
    const { world, agenda } = twoKaris();
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    ok(world, HOST, { type: 'revealPoll', activityId: agenda.poll }); // the breakdown is public once revealed
    ok(world, KARI2, { type: 'answerPoll', activityId: agenda.poll, options: [2] });
    ok(world, HOST, merge);
    expect(getAnswer(world.priv, agenda.poll, 'kari')?.options).toEqual([2]);
    expect(getAnswer(world.priv, agenda.poll, 'kari2')).toBeNull();
    expect(tally(world, agenda.poll)).toMatchObject({ counts: [0, 0, 1], respondents: 1 });
  });

  it('keeps the kept participant’s breakout group', () => {
    const { world } = twoKaris();
    const split = ok(world, HOST, {
      type: 'splitIntoGroups',
      count: 2,
      mode: 'manual',
      assignments: { kari: 1, kari2: 0, ola: 0 },
    });
    if (split.type !== 'groupsCreated') throw new Error('no groups');
    ok(world, HOST, merge);
    expect(getParticipant(world.pub, 'kari')?.groupId).toBe(split.groupIds[1]);
    expect(getParticipant(world.pub, 'kari2')?.groupId).toBeNull();
  });

  it('writes no author into an anonymous workshop’s public notes', () => {
    const { world, agenda } = twoKaris({ anonymous: true });
    ok(world, HOST, merge);
    expect(listNotes(world.pub, agenda.brainstorm).every((note) => note.authorId === null)).toBe(
      true,
    );
  });

  it('is for hosts, between two different, present, non-host participants', () => {
    const { world } = twoKaris();
    expect(refusal(world, KARI, merge)).toBe('forbidden');
    expect(refusal(world, HOST, { ...merge, mergeId: 'kari' })).toBe('invalid-transition');
    expect(refusal(world, HOST, { ...merge, mergeId: 'ghost' })).toBe('unknown-participant');
    expect(refusal(world, HOST, { ...merge, mergeId: 'host' })).toBe('invalid-transition');
    expect(refusal(world, HOST, { ...merge, keepId: 'host' })).toBe('invalid-transition');
    ok(world, HOST, { type: 'removeParticipant', participantId: 'ola' });
    expect(refusal(world, HOST, { ...merge, mergeId: 'ola' })).toBe('invalid-transition');
    ok(world, HOST, merge);
    expect(refusal(world, HOST, merge)).toBe('invalid-transition');
    ok(world, HOST, { type: 'end' });
    expect(refusal(world, HOST, { ...merge, mergeId: 'ola' })).toBe('workshop-ended');
  });
});
