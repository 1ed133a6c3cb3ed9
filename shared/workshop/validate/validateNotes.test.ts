import { describe, expect, it } from 'vitest';
import { getNote } from '../board';
import { getPrivateNote } from '../privateDoc';
import { readTally } from '../tallies';
import { getActivity } from '../activities';
import {
  brainstorming,
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
const EDITOR = person('eva', 'editor');


function brainstormTally(world: World, agenda: Agenda) {
  const activity = getActivity(world.pub, agenda.brainstorm);
  return activity ? readTally(world.pub, activity) : null;
}

function addNote(world: World, agenda: Agenda, text = 'Flere møteplasser', actor = KARI) {
  return idOf(ok(world, actor, { type: 'addNote', activityId: agenda.brainstorm, text }));
}

describe('addNote', () => {
  it('keeps a note private until the reveal, then writes new ones publicly at once', () => {
    const { world, agenda } = brainstorming();
    const first = addNote(world, agenda);
    expect(getNote(world.pub, first)).toBeNull();
    expect(getPrivateNote(world.priv, first)).toMatchObject({ authorId: 'kari', revealed: false });
    const tally = brainstormTally(world, agenda);
    expect(tally).toEqual({ kind: 'brainstorm', notes: 1 });
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    expect(getNote(world.pub, first)).toMatchObject({
      text: 'Flere møteplasser',
      authorId: 'kari',
    });
    const later = ok(world, OLA, { type: 'addNote', activityId: agenda.brainstorm, text: 'Lys' });
    expect(later).toMatchObject({ type: 'noteAdded', visible: true });
    expect(getNote(world.pub, idOf(later))).toMatchObject({ text: 'Lys' });
  });

  it('is refused outside a running brainstorm', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world, { people: ['kari'] });
    const add = (activityId: string) =>
      refusal(world, KARI, { type: 'addNote', activityId, text: 'x' });
    expect(add(agenda.brainstorm)).toBe('activity-not-current');
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    expect(add(agenda.poll)).toBe('wrong-activity-kind');
    expect(add(agenda.brainstorm)).toBe('activity-not-current');
    expect(add('nope')).toBe('unknown-activity');
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(world, HOST, { type: 'completeActivity', activityId: agenda.brainstorm });
    expect(add(agenda.brainstorm)).toBe('activity-not-active');
  });

  it('is refused before the start and after the end', () => {
    const world = createWorld(1);
    ok(world, KARI, { type: 'join', name: 'Kari' });
    expect(refusal(world, KARI, { type: 'addNote', activityId: 'a', text: 'x' })).toBe(
      'workshop-not-running',
    );
    ok(world, HOST, { type: 'start' });
    ok(world, HOST, { type: 'end' });
    expect(refusal(world, KARI, { type: 'addNote', activityId: 'a', text: 'x' })).toBe(
      'workshop-ended',
    );
  });

  it('is refused while input is locked, except for facilitators', () => {
    const { world, agenda } = brainstorming();
    ok(world, HOST, { type: 'lockInput' });
    ok(world, HOST, { type: 'lockInput' });
    expect(
      refusal(world, KARI, { type: 'addNote', activityId: agenda.brainstorm, text: 'x' }),
    ).toBe('input-locked');
    expect(
      refusal(world, EDITOR, { type: 'addNote', activityId: agenda.brainstorm, text: 'x' }),
    ).toBe('input-locked');
    addNote(world, agenda, 'fra fasilitator', HOST);
    ok(world, HOST, { type: 'unlockInput' });
    addNote(world, agenda);
  });

  it('needs a joined, present person in a role that takes part', () => {
    const { world, agenda } = brainstorming();
    const note = { type: 'addNote', activityId: agenda.brainstorm, text: 'x' } as const;
    expect(refusal(world, person('stranger'), note)).toBe('not-joined');
    expect(refusal(world, person('olga', 'observer'), note)).toBe('forbidden');
    ok(world, HOST, { type: 'removeParticipant', participantId: 'ola' });
    expect(refusal(world, OLA, note)).toBe('participant-removed');
    expect(refusal(world, { ...KARI, removed: true }, note)).toBe('participant-removed');
  });

  it('writes onto the writer’s own group’s board only', () => {
    const { world, agenda } = brainstorming();
    const split = ok(world, HOST, {
      type: 'splitIntoGroups',
      count: 2,
      mode: 'manual',
      assignments: { kari: 0, ola: 1 },
    });
    if (split.type !== 'groupsCreated') throw new Error('no groups');
    const [g0, g1] = split.groupIds as [string, string];
    const note = (groupId: string | null) =>
      ({ type: 'addNote', activityId: agenda.brainstorm, text: 'x', groupId }) as const;
    expect(refusal(world, KARI, note(g1))).toBe('wrong-group');
    expect(refusal(world, KARI, note(null))).toBe('wrong-group');
    const own = idOf(ok(world, KARI, note(g0)));
    expect(getPrivateNote(world.priv, own)?.groupId).toBe(g0);
    expect(getPrivateNote(world.priv, addNote(world, agenda))?.groupId).toBe(g0);
    expect(getPrivateNote(world.priv, idOf(ok(world, HOST, note(g1))))?.groupId).toBe(g1);
    expect(refusal(world, HOST, note('closed'))).toBe('unknown-group');
  });

  it('recognises a resend by the sender’s client key and gives every note a server-made id', () => {
    const { world, agenda } = brainstorming();
    const note = {
      type: 'addNote',
      activityId: agenda.brainstorm,
      text: 'x',
      clientKey: 'client-1',
    } as const;
    const first = idOf(ok(world, KARI, note));
    expect(first).not.toBe('client-1');
    ok(world, HOST, { type: 'lockInput' });
    expect(ok(world, KARI, note)).toEqual({ type: 'noteAdded', noteId: first, visible: false });
    ok(world, HOST, { type: 'unlockInput' });
    // Another person's same key is just their own first send: nothing tells them Kari's exists.
    const olas = idOf(ok(world, OLA, note));
    expect(olas).not.toBe(first);
    expect(brainstormTally(world, agenda)).toMatchObject({ notes: 2 });
  });

  it('takes no note id from the client, so nobody can probe for someone else’s', () => {
    const { world, agenda } = brainstorming();
    const kari = addNote(world, agenda);
    const probe = (noteId: string) =>
      refusal(world, OLA, {
        type: 'addNote',
        activityId: agenda.brainstorm,
        text: 'x',
        noteId,
      } as never);
    expect(probe(kari)).toBe(probe('no-such-note'));
    expect(probe(kari)).toBe('bad-command');
  });

  it('stops at the per-person limit', () => {
    const { world, agenda } = brainstorming();
    for (let i = 0; i < 50; i++) addNote(world, agenda, `lapp ${i}`);
    expect(
      refusal(world, KARI, { type: 'addNote', activityId: agenda.brainstorm, text: 'én til' }),
    ).toBe('limit-reached');
    addNote(world, agenda, 'Ola kan fortsatt', OLA);
  });
});

describe('editNote and deleteNote', () => {
  it('let the author change and delete their note, before and after the reveal', () => {
    const { world, agenda } = brainstorming();
    const id = addNote(world, agenda);
    ok(world, KARI, { type: 'editNote', noteId: id, text: 'Endret' });
    expect(getPrivateNote(world.priv, id)?.text).toBe('Endret');
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    ok(world, KARI, { type: 'editNote', noteId: id, text: 'Endret igjen' });
    expect(getNote(world.pub, id)?.text).toBe('Endret igjen');
    ok(world, KARI, { type: 'deleteNote', noteId: id });
    expect(getNote(world.pub, id)).toBeNull();
    expect(getPrivateNote(world.priv, id)).toBeNull();
    expect(brainstormTally(world, agenda)).toMatchObject({
      notes: 0,
    });
  });

  it('do not confirm that someone else’s unrevealed note exists', () => {
    const { world, agenda } = brainstorming();
    const id = addNote(world, agenda);
    expect(refusal(world, OLA, { type: 'editNote', noteId: id, text: 'mitt nå' })).toBe(
      'unknown-note',
    );
    expect(refusal(world, OLA, { type: 'deleteNote', noteId: id })).toBe('unknown-note');
    expect(refusal(world, HOST, { type: 'deleteNote', noteId: id })).toBe('unknown-note');
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    expect(refusal(world, OLA, { type: 'editNote', noteId: id, text: 'mitt nå' })).toBe(
      'not-note-author',
    );
    expect(refusal(world, HOST, { type: 'deleteNote', noteId: id })).toBe('not-note-author');
    expect(refusal(world, KARI, { type: 'deleteNote', noteId: 'missing' })).toBe('unknown-note');
  });

  it('are refused once the brainstorm is over, while locked, or for a hidden note', () => {
    const { world, agenda } = brainstorming();
    const id = addNote(world, agenda);
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    ok(world, HOST, { type: 'hideNote', noteId: id, reason: 'personal-data' });
    expect(refusal(world, KARI, { type: 'editNote', noteId: id, text: 'x' })).toBe('note-hidden');
    ok(world, HOST, { type: 'lockInput' });
    expect(refusal(world, KARI, { type: 'deleteNote', noteId: id })).toBe('input-locked');
    ok(world, HOST, { type: 'completeActivity', activityId: agenda.brainstorm });
    expect(refusal(world, KARI, { type: 'deleteNote', noteId: id })).toBe('activity-not-active');
    ok(world, HOST, { type: 'startActivity', activityId: agenda.cluster });
    expect(refusal(world, KARI, { type: 'editNote', noteId: id, text: 'x' })).toBe(
      'activity-not-current',
    );
  });
});
