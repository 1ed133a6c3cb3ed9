import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor, CommandOutcome } from './actor';
import { listNotes } from './board';
import { PublicRoots } from './keys';
import { notesMap } from './publicDoc';
import { seededShuffle } from './random';
import {
  createWorld,
  HOST,
  idOf,
  ok,
  person,
  runningWorkshop,
  type World,
} from './testing/fixture';
import { facilitatorAuthors } from './views/authors';
import { myPrivateView } from './views/privateView';

/**
 * Anonymity is a property of the public doc as a whole: whatever is in it must be the same
 * whoever wrote what. The strongest test: run one workshop twice, with the authors of every
 * note, vote and answer shuffled between the runs, and compare the public docs byte for byte.
 */
const PEOPLE = Array.from({ length: 8 }, (_, i) => `person-${i}-x7q`);

function scenario(seed: number, anonymous: boolean, authorOf: (index: number) => string) {
  const world = createWorld(seed, { anonymous });
  const agenda = runningWorkshop(world, { people: PEOPLE, votesPerPerson: 2, voteOn: 'notes' });
  const outcomes: { actor: Actor; outcome: CommandOutcome }[] = [];
  const act = (actor: Actor, command: Parameters<typeof ok>[2]) => {
    const outcome = ok(world, actor, command);
    outcomes.push({ actor, outcome });
    return outcome;
  };
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  const noteIds = Array.from({ length: 16 }, (_, i) =>
    idOf(
      act(person(authorOf(i)), {
        type: 'addNote',
        activityId: agenda.brainstorm,
        text: `lapp ${i}`,
      }),
    ),
  );
  act(person(authorOf(3)), { type: 'editNote', noteId: noteIds[3] ?? '', text: 'lapp 3, endret' });
  ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
  act(person(authorOf(16)), {
    type: 'addNote',
    activityId: agenda.brainstorm,
    text: 'etter avsløring',
  });
  act(person(authorOf(5)), { type: 'deleteNote', noteId: noteIds[5] ?? '' });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
  for (let i = 0; i < 8; i++) {
    act(person(authorOf(i)), {
      type: 'vote',
      activityId: agenda.vote,
      targetId: noteIds[i % 4] ?? '',
    });
  }
  ok(world, HOST, { type: 'revealVotes', activityId: agenda.vote });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
  for (let i = 0; i < 8; i++) {
    act(person(authorOf(i)), { type: 'answerPoll', activityId: agenda.poll, options: [i % 3] });
  }
  return { world, outcomes, noteIds };
}

/** Authorship as written, and shuffled among the same people (never left as it was). */
function authors(seed: number): [(i: number) => string, (i: number) => string] {
  let shuffled = seededShuffle(PEOPLE, seed);
  if (shuffled.every((id, i) => id === PEOPLE[i]))
    shuffled = [...PEOPLE.slice(1), ...PEOPLE.slice(0, 1)];
  const plain = (i: number) => PEOPLE[i % PEOPLE.length] ?? '';
  const permuted = (i: number) => shuffled[i % shuffled.length] ?? '';
  return [plain, permuted];
}

function publicJson(world: World): Record<string, unknown> {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(world.pub));
  return Object.fromEntries(
    Object.values(PublicRoots).map((root) => [root, copy.getMap(root).toJSON()]),
  );
}

describe('anonymous workshops', () => {
  it.each([1, 2, 3, 17, 4242])(
    'give the same public doc whoever wrote, voted and answered (seed %i)',
    (seed) => {
      const [plain, permuted] = authors(seed);
      const a = scenario(seed, true, plain);
      const b = scenario(seed, true, permuted);
      expect(PEOPLE.map((_, i) => permuted(i))).not.toEqual(PEOPLE);
      expect(publicJson(b.world)).toEqual(publicJson(a.world));
      expect(Y.encodeStateAsUpdate(b.world.pub)).toEqual(Y.encodeStateAsUpdate(a.world.pub));
      expect(Y.encodeStateAsUpdate(b.world.priv)).not.toEqual(Y.encodeStateAsUpdate(a.world.priv));
    },
  );

  it('are told apart from open ones by the same test', () => {
    const [plain, permuted] = authors(1);
    const a = scenario(1, false, plain);
    const b = scenario(1, false, permuted);
    expect(Y.encodeStateAsUpdate(b.world.pub)).not.toEqual(Y.encodeStateAsUpdate(a.world.pub));
    expect(listNotes(a.world.pub).every((note) => note.authorId !== null)).toBe(true);
  });

  it('never write an author key, and no person’s id outside the participant list', () => {
    const { world } = scenario(7, true, authors(7)[0]);
    notesMap(world.pub).forEach((note) => expect(note.has('authorId')).toBe(false));
    const { participants, ...rest } = publicJson(world);
    expect(Object.keys(participants as object)).toHaveLength(PEOPLE.length + 1);
    const text = JSON.stringify(rest);
    for (const id of PEOPLE) expect(text).not.toContain(id);
  });

  it('keep who wrote what from facilitators unless decided before the start', () => {
    const closed = scenario(7, true, authors(7)[0]).world;
    expect(facilitatorAuthors(closed.pub, closed.priv)).toBeNull();
    const world = createWorld(7, { anonymous: true, facilitatorSeesAuthors: true });
    const agenda = runningWorkshop(world, { people: ['kari'] });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    const id = idOf(
      ok(world, person('kari'), { type: 'addNote', activityId: agenda.brainstorm, text: 'x' }),
    );
    expect(facilitatorAuthors(world.pub, world.priv)).toEqual({});
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    expect(facilitatorAuthors(world.pub, world.priv)).toEqual({ [id]: 'kari' });
  });

  it('reveal in an order that is not the order written, and the same for the same seed', () => {
    const orderOf = (seed: number) => {
      const world = createWorld(seed, { anonymous: true });
      const agenda = runningWorkshop(world, { people: PEOPLE });
      ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
      const written = PEOPLE.flatMap((id) =>
        [1, 2, 3].map(() =>
          idOf(ok(world, person(id), { type: 'addNote', activityId: agenda.brainstorm, text: id })),
        ),
      );
      ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
      return { written, shown: listNotes(world.pub).map((note) => note.id) };
    };
    const first = orderOf(99);
    expect(first.shown).not.toEqual(first.written);
    expect([...first.shown].sort()).toEqual([...first.written].sort());
    expect(orderOf(99).shown).toEqual(first.shown);
  });
});

describe('private notes', () => {
  it('are nowhere in the public doc before the reveal, in any workshop', () => {
    for (const anonymous of [true, false]) {
      const world = createWorld(5, { anonymous });
      const agenda = runningWorkshop(world, { people: PEOPLE });
      ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
      const texts = PEOPLE.map((id, i) => `hemmelig-${i}-${id}`);
      PEOPLE.forEach((id, i) =>
        ok(world, person(id), {
          type: 'addNote',
          activityId: agenda.brainstorm,
          text: texts[i] ?? '',
        }),
      );
      const bytes = new TextDecoder().decode(Y.encodeStateAsUpdate(world.pub));
      const privateBytes = new TextDecoder().decode(Y.encodeStateAsUpdate(world.priv));
      for (const text of texts) {
        expect(bytes).not.toContain(text);
        expect(privateBytes).toContain(text);
      }
      expect(listNotes(world.pub)).toEqual([]);
    }
  });

  it('are each person’s own in the private view', () => {
    const { world } = scenario(3, true, authors(3)[0]);
    const mine = myPrivateView(world.priv, PEOPLE[0] ?? '');
    expect(mine.notes.length).toBeGreaterThan(0);
    expect(
      mine.notes.every((note) => note.text.startsWith('lapp') || note.text === 'etter avsløring'),
    ).toBe(true);
    const all = PEOPLE.flatMap((id) => myPrivateView(world.priv, id).notes.map((note) => note.id));
    expect(new Set(all).size).toBe(all.length);
    expect(JSON.stringify(mine)).not.toContain(PEOPLE[1]);
  });
});

describe('acks', () => {
  it('never carry another person’s id', () => {
    const { outcomes } = scenario(11, true, authors(11)[0]);
    expect(outcomes.length).toBeGreaterThan(30);
    for (const { actor, outcome } of outcomes) {
      const text = JSON.stringify(outcome);
      for (const id of PEOPLE) if (id !== actor.participantId) expect(text).not.toContain(id);
    }
  });
});
