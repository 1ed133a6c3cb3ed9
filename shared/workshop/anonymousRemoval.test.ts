import { describe, expect, it } from 'vitest';
import { getActivity } from './activities';
import { listNotes } from './board';
import { readTally } from './tallies';
import type { ActivityTally } from './types';
import {
  createWorld,
  HOST,
  idOf,
  ok,
  person,
  runningWorkshop,
  type World,
} from './testing/fixture';

const PEOPLE = ['kari', 'ola', 'per'];

/** Everyone writes notes (Ola three), votes on the notes and answers the poll; Ola is removed. */
function removeOlaAfterTakingPart(anonymous: boolean) {
  const world = createWorld(9, { anonymous });
  const agenda = runningWorkshop(world, { people: PEOPLE, voteOn: 'notes' });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  const notes = PEOPLE.flatMap((id) =>
    Array.from({ length: id === 'ola' ? 3 : 1 }, (_, n) =>
      idOf(
        ok(world, person(id), {
          type: 'addNote',
          activityId: agenda.brainstorm,
          text: `${id} ${n}`,
        }),
      ),
    ),
  );
  ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
  for (const id of PEOPLE) {
    ok(world, person(id), { type: 'vote', activityId: agenda.vote, targetId: notes[0] ?? '' });
  }
  ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
  ok(world, HOST, { type: 'revealPoll', activityId: agenda.poll }); // the breakdown is public once revealed
  PEOPLE.forEach((id, index) =>
    ok(world, person(id), { type: 'answerPoll', activityId: agenda.poll, options: [index] }),
  );
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  const before = counts(world, [agenda.brainstorm, agenda.vote, agenda.poll]);
  ok(world, HOST, { type: 'removeParticipant', participantId: 'ola' });
  const after = counts(world, [agenda.brainstorm, agenda.vote, agenda.poll]);
  return { world, agenda, before, after };
}

function counts(world: World, ids: string[]): (ActivityTally | null)[] {
  return ids.map((id) => {
    const activity = getActivity(world.pub, id);
    return activity ? readTally(world.pub, activity) : null;
  });
}

describe('removing a participant', () => {
  it('changes no count anyone can see in an anonymous workshop', () => {
    const { world, agenda, before, after } = removeOlaAfterTakingPart(true);
    expect(after).toEqual(before);
    expect(listNotes(world.pub, agenda.brainstorm)).toHaveLength(5);
  });

  it('takes their input out of the counts in an open workshop, where names are shown anyway', () => {
    const { before, after } = removeOlaAfterTakingPart(false);
    expect(before[0]).toMatchObject({ notes: 5 });
    expect(after[0]).toMatchObject({ notes: 2 });
    expect(after[1]).toMatchObject({ cast: 2, voters: 2 });
    expect(after[2]).toMatchObject({ counts: [1, 0, 1], respondents: 2 });
  });
});
