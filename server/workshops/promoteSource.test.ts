import { describe, expect, it } from 'vitest';
import { createWorld, HOST, idOf, ok, person, runningWorkshop } from '../../shared/workshop/testing/fixture';
import { provenanceOfSource } from './promoteSource';

/** Three notes by two people in one theme (plus one outside it); the theme gets 3 votes. */
function world() {
  const w = createWorld(5, { title: 'Ungdomsverksted' });
  const agenda = runningWorkshop(w, { people: ['a', 'b', 'c'], voteOn: 'clusters' });
  ok(w, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  ok(w, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
  const write = (who: string, text: string) =>
    idOf(ok(w, person(who), { type: 'addNote', activityId: agenda.brainstorm, text }));
  const notes = [write('a', 'Lys'), write('a', 'Benker'), write('b', 'Kafé'), write('c', 'Parkering')];
  const cluster = idOf(ok(w, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'Møteplasser' }));
  for (const noteId of notes.slice(0, 3)) ok(w, HOST, { type: 'moveNote', noteId, clusterId: cluster });
  ok(w, HOST, { type: 'startActivity', activityId: agenda.vote });
  for (const who of ['a', 'b', 'c']) ok(w, person(who), { type: 'vote', activityId: agenda.vote, targetId: cluster });
  return { w, agenda, notes, cluster };
}

describe('provenanceOfSource', () => {
  it('counts distinct writers of a theme from the private doc, and only revealed votes', () => {
    const { w, agenda, cluster } = world();
    const source = { kind: 'cluster', clusterId: cluster } as const;
    expect(provenanceOfSource(w.pub, w.priv, 'w1', source, 42)).toEqual({
      workshopId: 'w1',
      workshopTitle: 'Ungdomsverksted',
      activityId: agenda.brainstorm,
      activityPrompt: 'Hva hindrer deg i å delta?',
      votes: 0,
      contributors: 2,
      createdAt: 42,
    });
    ok(w, HOST, { type: 'revealVotes', activityId: agenda.vote });
    expect(provenanceOfSource(w.pub, w.priv, 'w1', source, 42)?.votes).toBe(3);
  });

  it('gives a single note one contributor and never names them', () => {
    const { w, notes } = world();
    const result = provenanceOfSource(w.pub, w.priv, 'w1', { kind: 'note', noteId: notes[3] ?? '' }, 1);
    expect(result?.contributors).toBe(1);
    expect(JSON.stringify(result)).not.toMatch(/"c"|Deltaker/);
  });

  it('leaves hidden notes out, and refuses a hidden note or an unknown id', () => {
    const { w, notes, cluster } = world();
    ok(w, HOST, { type: 'hideNote', noteId: notes[2] ?? '', reason: 'off-topic' });
    expect(provenanceOfSource(w.pub, w.priv, 'w1', { kind: 'cluster', clusterId: cluster }, 1)?.contributors).toBe(1);
    expect(provenanceOfSource(w.pub, w.priv, 'w1', { kind: 'note', noteId: notes[2] ?? '' }, 1)).toBeNull();
    expect(provenanceOfSource(w.pub, w.priv, 'w1', { kind: 'cluster', clusterId: 'missing' }, 1)).toBeNull();
  });
});

describe('a theme whose notes were voted on', () => {
  it('carries the votes its notes received, revealed ones only', () => {
    const w = createWorld(7);
    const agenda = runningWorkshop(w, { people: ['a', 'b', 'c'], voteOn: 'notes', votesPerPerson: 3 });
    ok(w, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(w, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const write = (who: string, text: string) =>
      idOf(ok(w, person(who), { type: 'addNote', activityId: agenda.brainstorm, text }));
    const [lys, benker, kafe] = [write('a', 'Lys'), write('b', 'Benker'), write('c', 'Kafé')];
    ok(w, HOST, { type: 'startActivity', activityId: agenda.vote });
    for (const who of ['a', 'b', 'c']) ok(w, person(who), { type: 'vote', activityId: agenda.vote, targetId: lys });
    ok(w, person('a'), { type: 'vote', activityId: agenda.vote, targetId: benker });
    for (const who of ['b', 'c']) ok(w, person(who), { type: 'vote', activityId: agenda.vote, targetId: kafe });
    // Grouped after the vote (back on the brainstorm's board), as a facilitator sorting the winners.
    ok(w, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    const theme = idOf(ok(w, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'Trygghet' }));
    for (const noteId of [lys, benker]) ok(w, HOST, { type: 'moveNote', noteId, clusterId: theme });
    const source = { kind: 'cluster', clusterId: theme } as const;
    expect(provenanceOfSource(w.pub, w.priv, 'w1', source, 1)?.votes).toBe(0);
    ok(w, HOST, { type: 'revealVotes', activityId: agenda.vote });
    expect(provenanceOfSource(w.pub, w.priv, 'w1', source, 1)).toMatchObject({
      activityPrompt: 'Hva hindrer deg i å delta?',
      votes: 4,
      contributors: 2,
    });
    // A note keeps its own votes.
    expect(provenanceOfSource(w.pub, w.priv, 'w1', { kind: 'note', noteId: kafe }, 1)?.votes).toBe(2);
  });
});
