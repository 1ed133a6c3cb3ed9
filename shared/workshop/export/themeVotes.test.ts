import { describe, expect, it } from 'vitest';
import { createWorld, HOST, idOf, ok, person, runningWorkshop } from '../testing/fixture';
import { resultsMarkdown } from './resultsMarkdown';
import { resultVotes, themeVotes } from './themeVotes';
import { resultsLabels } from './labels';

describe('themeVotes', () => {
  it('adds the votes a theme’s visible notes got to its own, once revealed', () => {
    const w = createWorld(3);
    const agenda = runningWorkshop(w, { people: ['a', 'b'], voteOn: 'notes', votesPerPerson: 3 });
    ok(w, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(w, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const note = (who: string, text: string) =>
      idOf(ok(w, person(who), { type: 'addNote', activityId: agenda.brainstorm, text }));
    const [lys, benk, hidden, loose] = [note('a', 'Lys'), note('b', 'Benk'), note('a', 'Tull'), note('b', 'Kafé')];
    const theme = idOf(ok(w, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'Park' }));
    const empty = idOf(ok(w, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'Tomt' }));
    for (const noteId of [lys, benk, hidden]) ok(w, HOST, { type: 'moveNote', noteId, clusterId: theme });
    ok(w, HOST, { type: 'startActivity', activityId: agenda.vote });
    for (const [who, targetId] of [['a', lys], ['b', lys], ['a', benk], ['b', hidden], ['b', loose]] as const) {
      ok(w, person(who), { type: 'vote', activityId: agenda.vote, targetId });
    }
    expect(themeVotes(w.pub).get(theme)).toBe(0);
    ok(w, HOST, { type: 'revealVotes', activityId: agenda.vote });
    ok(w, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(w, HOST, { type: 'hideNote', noteId: hidden, reason: 'off-topic' });
    expect(themeVotes(w.pub)).toEqual(new Map([[theme, 3], [empty, 0]]));
    // Every place that shows results gives the theme that one number; notes keep their own.
    expect(resultVotes(w.pub)).toEqual(new Map([[lys, 2], [benk, 1], [loose, 1], [theme, 3], [empty, 0]]));
    expect(resultsMarkdown(w.pub, resultsLabels('nb'))).toContain('Park (stemmer: 3)');
  });
});
