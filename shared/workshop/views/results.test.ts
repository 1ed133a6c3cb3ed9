import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createWorld,
  HOST,
  idOf,
  ok,
  person,
  runningWorkshop,
  send,
  type World,
} from '../testing/fixture';
import { facilitatorAuthors } from './authors';
import { myPrivateView } from './privateView';
import { activityResults, rankedResults, workshopResults } from './results';
import { workshopView } from './workshopView';

const PEOPLE = ['a', 'b', 'c', 'd'];

/** Notes n0..n4 in board order, votes cast as given (person → note indexes). */
function voted(votes: Record<string, number[]>, voteOn: 'notes' | 'clusters' = 'notes') {
  const world = createWorld(21);
  const agenda = runningWorkshop(world, { people: PEOPLE, votesPerPerson: 3, voteOn });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
  const notes = [0, 1, 2, 3, 4].map((i) =>
    idOf(
      ok(world, person(PEOPLE[i % 4] ?? ''), {
        type: 'addNote',
        activityId: agenda.brainstorm,
        text: `n${i}`,
      }),
    ),
  );
  const clusters = ['K0', 'K1', 'K2'].map((title) =>
    idOf(ok(world, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title })),
  );
  notes.forEach((noteId, i) =>
    ok(world, HOST, { type: 'moveNote', noteId, clusterId: clusters[i % 3] ?? null }),
  );
  ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
  const targets = voteOn === 'notes' ? notes : clusters;
  for (const [who, picks] of Object.entries(votes)) {
    for (const i of picks)
      ok(world, person(who), { type: 'vote', activityId: agenda.vote, targetId: targets[i] ?? '' });
  }
  return { world, agenda, notes, clusters };
}

function reveal(world: World, voteId: string) {
  ok(world, HOST, { type: 'revealVotes', activityId: voteId });
}

describe('rankedResults', () => {
  it('is null until the votes are revealed', () => {
    const { world, agenda } = voted({ a: [0] });
    expect(rankedResults(world.pub, agenda.vote)).toBeNull();
    expect(rankedResults(world.pub, agenda.brainstorm)).toBeNull();
    expect(activityResults(world.pub, agenda.vote)).toMatchObject({
      ranking: null,
      cast: 1,
      voters: 1,
    });
  });

  it('ranks by votes, shares ranks on ties and keeps board order among them', () => {
    const { world, agenda, notes } = voted({ a: [3, 1, 0], b: [3, 1, 4], c: [2], d: [3] });
    reveal(world, agenda.vote);
    const ranking = rankedResults(world.pub, agenda.vote) ?? [];
    const boardOrder = workshopView(world.pub).notes.map((note) => note.id);
    const byBoard = (ids: string[]) =>
      [...ids].sort((x, y) => boardOrder.indexOf(x) - boardOrder.indexOf(y));
    expect(ranking.map((r) => [r.votes, r.rank])).toEqual([
      [3, 1],
      [2, 2],
      [1, 3],
      [1, 3],
      [1, 3],
    ]);
    expect(ranking[0]?.targetId).toBe(notes[3]);
    expect(ranking.slice(2).map((r) => r.targetId)).toEqual(
      byBoard([notes[0], notes[2], notes[4]] as string[]),
    );
    expect(ranking.every((r) => r.kind === 'note' && r.notes.length === 0)).toBe(true);
  });

  it('includes targets without votes and leaves out hidden ones', () => {
    const { world, agenda, notes } = voted({ a: [0, 1] });
    ok(world, HOST, { type: 'hideNote', noteId: notes[1] ?? '', reason: 'duplicate' });
    reveal(world, agenda.vote);
    const ranking = rankedResults(world.pub, agenda.vote) ?? [];
    expect(ranking).toHaveLength(4);
    expect(ranking.map((r) => r.targetId)).not.toContain(notes[1]);
    expect(ranking.filter((r) => r.votes === 0)).toHaveLength(3);
  });

  it('ranks clusters with their notes', () => {
    const { world, agenda, clusters } = voted({ a: [2, 0], b: [2], c: [2, 1] }, 'clusters');
    reveal(world, agenda.vote);
    const ranking = rankedResults(world.pub, agenda.vote) ?? [];
    expect(ranking.map((r) => [r.targetId, r.label, r.votes, r.rank])).toEqual([
      [clusters[2], 'K2', 3, 1],
      [clusters[0], 'K0', 1, 2],
      [clusters[1], 'K1', 1, 2],
    ]);
    expect(ranking[1]?.notes.map((n) => n.text)).toEqual(['n0', 'n3']);
  });

  it('stays as revealed: later votes are refused', () => {
    const { world, agenda, notes } = voted({ a: [0] });
    reveal(world, agenda.vote);
    const before = rankedResults(world.pub, agenda.vote);
    const late = send(world, person('b'), {
      type: 'vote',
      activityId: agenda.vote,
      targetId: notes[1] ?? '',
    });
    expect(late).toMatchObject({ ok: false, code: 'votes-revealed' });
    expect(rankedResults(world.pub, agenda.vote)).toEqual(before);
    expect(before?.find((r) => r.targetId === notes[0])?.votes).toBe(1);
  });
});

describe('activityResults', () => {
  it('gives each kind its results, in agenda order', () => {
    const { world, agenda } = voted({ a: [0], b: [0] });
    reveal(world, agenda.vote);
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    ok(world, HOST, { type: 'revealPoll', activityId: agenda.poll }); // the breakdown is public once revealed
    ok(world, person('a'), { type: 'answerPoll', activityId: agenda.poll, options: [1] });
    const results = workshopResults(world.pub);
    expect(results.map((r) => r.kind)).toEqual([
      'brainstorm',
      'cluster',
      'vote',
      'poll',
      'discussion',
    ]);
    const [brainstorm, cluster, , poll] = results;
    expect(brainstorm).toMatchObject({ kind: 'brainstorm', written: 5 });
    if (brainstorm?.kind !== 'brainstorm' || cluster?.kind !== 'cluster') throw new Error('kinds');
    expect(
      brainstorm.board.clusters.map((c) => [c.cluster.title, c.notes.map((n) => n.text)]),
    ).toEqual([
      ['K0', ['n0', 'n3']],
      ['K1', ['n1', 'n4']],
      ['K2', ['n2']],
    ]);
    expect(cluster.board).toEqual(brainstorm.board);
    expect(poll).toMatchObject({
      options: [
        { label: 'Ukentlig', count: 0 },
        { label: 'Månedlig', count: 1 },
        { label: 'Sjeldnere', count: 0 },
      ],
      respondents: 1,
    });
    expect(activityResults(world.pub, 'missing')).toBeNull();
  });

  it('counts hidden notes without showing them', () => {
    const { world, agenda, notes } = voted({});
    ok(world, HOST, { type: 'hideNote', noteId: notes[0] ?? '', reason: 'offensive' });
    const result = activityResults(world.pub, agenda.brainstorm);
    if (result?.kind !== 'brainstorm') throw new Error('kind');
    expect(result.board.hiddenNotes).toBe(1);
    expect(result.board.clusters.flatMap((c) => c.notes).map((n) => n.id)).not.toContain(notes[0]);
  });
});

describe('views', () => {
  it('show an empty workshop without writing to it', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    expect(workshopView(doc)).toMatchObject({
      agenda: [],
      notes: [],
      timer: { type: 'idle' },
      meta: { status: 'draft' },
    });
    expect(workshopResults(doc)).toEqual([]);
    expect(myPrivateView(doc, 'x')).toEqual({ notes: [], votes: [], pollAnswers: [] });
    expect(updates).toBe(0);
  });

  it('give each person their own notes, votes and answers', () => {
    const { world, agenda, notes } = voted({ a: [0, 2], b: [1] });
    const mine = myPrivateView(world.priv, 'a');
    expect(mine.notes.map((n) => [n.text, n.revealed])).toEqual([
      ['n0', true],
      ['n4', true],
    ]);
    expect(mine.votes).toEqual([
      { activityId: agenda.vote, targetId: notes[0] },
      { activityId: agenda.vote, targetId: notes[2] },
    ]);
  });

  it('show facilitators authors of an open workshop', () => {
    const { world, notes } = voted({});
    expect(facilitatorAuthors(world.pub, world.priv)).toMatchObject({
      [notes[0] ?? '']: 'a',
      [notes[1] ?? '']: 'b',
    });
  });
});
