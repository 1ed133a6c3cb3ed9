import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getNote } from '../board';
import { getParticipant, listParticipants } from '../people';
import { getPrivateNote } from '../privateDoc';
import { notesMap } from '../publicDoc';
import { createWorld, HOST, idOf, ok, person, refusal, runningWorkshop } from '../testing/fixture';

const KARI = person('kari');

describe('join', () => {
  it('adds a person once, and updates their name on a second join', () => {
    const world = createWorld(1);
    expect(ok(world, KARI, { type: 'join', name: 'Kari', association: 'Asker Turn' })).toEqual({
      type: 'joined',
      participantId: 'kari',
      groupId: null,
    });
    ok(world, KARI, { type: 'join', name: 'Kari N.' });
    expect(listParticipants(world.pub)).toEqual([
      {
        id: 'kari',
        name: 'Kari N.',
        association: null,
        groupId: null,
        removed: false,
        facilitator: false,
        mergedInto: null,
      },
    ]);
    ok(world, HOST, { type: 'join', name: 'Fasilitator' });
    expect(getParticipant(world.pub, 'host')?.facilitator).toBe(true);
  });

  it('is open to every role but observers, until the end', () => {
    const world = createWorld(1);
    for (const role of ['owner', 'editor', 'facilitator', 'participant'] as const) {
      ok(world, person(role, role), { type: 'join', name: role });
    }
    expect(refusal(world, person('obs', 'observer'), { type: 'join', name: 'Obs' })).toBe(
      'forbidden',
    );
    ok(world, HOST, { type: 'start' });
    ok(world, HOST, { type: 'end' });
    expect(refusal(world, person('late'), { type: 'join', name: 'Sen' })).toBe('workshop-ended');
  });

  it('is refused to removed people, and past the participant limit', () => {
    const world = createWorld(1);
    ok(world, KARI, { type: 'join', name: 'Kari' });
    ok(world, HOST, { type: 'removeParticipant', participantId: 'kari' });
    expect(refusal(world, KARI, { type: 'join', name: 'Kari igjen' })).toBe('participant-removed');
    expect(refusal(world, { ...person('x'), removed: true }, { type: 'join', name: 'X' })).toBe(
      'participant-removed',
    );
    for (let i = listParticipants(world.pub).length; i < 250; i++) {
      ok(world, person(`p${i}`), { type: 'join', name: `P${i}` });
    }
    expect(refusal(world, person('one-more'), { type: 'join', name: 'En til' })).toBe(
      'limit-reached',
    );
    ok(world, person('p10'), { type: 'join', name: 'Allerede med' });
  });
});

describe('removeParticipant', () => {
  it('removes someone else, once; never oneself', () => {
    const world = createWorld(1);
    runningWorkshop(world, { people: ['kari'] });
    expect(refusal(world, HOST, { type: 'removeParticipant', participantId: 'host' })).toBe(
      'invalid-transition',
    );
    expect(refusal(world, HOST, { type: 'removeParticipant', participantId: 'ghost' })).toBe(
      'unknown-participant',
    );
    expect(refusal(world, KARI, { type: 'removeParticipant', participantId: 'host' })).toBe(
      'forbidden',
    );
    ok(world, HOST, { type: 'removeParticipant', participantId: 'kari' });
    expect(getParticipant(world.pub, 'kari')).toMatchObject({ removed: true, groupId: null });
    expect(refusal(world, HOST, { type: 'removeParticipant', participantId: 'kari' })).toBe(
      'invalid-transition',
    );
  });

  it('keeps a removed person’s unrevealed notes out of the reveal and the count', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world, { people: ['kari', 'ola'] });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    const karis = idOf(
      ok(world, KARI, { type: 'addNote', activityId: agenda.brainstorm, text: 'spam' }),
    );
    const olas = idOf(
      ok(world, person('ola'), { type: 'addNote', activityId: agenda.brainstorm, text: 'ok' }),
    );
    ok(world, HOST, { type: 'removeParticipant', participantId: 'kari' });
    expect(ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm })).toMatchObject({
      count: 1,
    });
    expect(getNote(world.pub, karis)).toBeNull();
    expect(getNote(world.pub, olas)).not.toBeNull();
  });
});

describe('hideNote', () => {
  function revealedNote() {
    const world = createWorld(1);
    const agenda = runningWorkshop(world, { people: ['kari'] });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    const id = idOf(
      ok(world, KARI, {
        type: 'addNote',
        activityId: agenda.brainstorm,
        text: 'Ring meg på 99999999',
      }),
    );
    return { world, agenda, id };
  }

  it('takes the text out of the public doc and puts it back on unhide', () => {
    const { world, agenda, id } = revealedNote();
    expect(refusal(world, HOST, { type: 'hideNote', noteId: id, reason: 'personal-data' })).toBe(
      'unknown-note',
    );
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    ok(world, HOST, { type: 'hideNote', noteId: id, reason: 'personal-data' });
    expect(getNote(world.pub, id)).toMatchObject({
      hidden: true,
      hiddenReason: 'personal-data',
      text: '',
    });
    expect(notesMap(world.pub).get(id)?.get('text')).toBe('');
    // Gone from the encoded state too, not just from the current value: Yjs drops overwritten
    // content when gc is on, which is why the public doc must never run with gc off.
    expect(world.pub.gc).toBe(true);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(world.pub))).not.toContain('99999999');
    expect(getPrivateNote(world.priv, id)?.text).toBe('Ring meg på 99999999');
    expect(refusal(world, HOST, { type: 'hideNote', noteId: id, reason: 'other' })).toBe(
      'invalid-transition',
    );
    ok(world, HOST, { type: 'unhideNote', noteId: id });
    expect(getNote(world.pub, id)).toMatchObject({
      hidden: false,
      hiddenReason: null,
      text: 'Ring meg på 99999999',
    });
    expect(refusal(world, HOST, { type: 'unhideNote', noteId: id })).toBe('invalid-transition');
  });

  it('stays possible after the end, and is for facilitators only', () => {
    const { world, agenda, id } = revealedNote();
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    expect(refusal(world, KARI, { type: 'hideNote', noteId: id, reason: 'offensive' })).toBe(
      'forbidden',
    );
    expect(
      refusal(world, person('e', 'editor'), { type: 'hideNote', noteId: id, reason: 'offensive' }),
    ).toBe('forbidden');
    ok(world, HOST, { type: 'end' });
    ok(world, HOST, { type: 'hideNote', noteId: id, reason: 'offensive' });
  });
});
