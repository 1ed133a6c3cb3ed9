import { describe, expect, it } from 'vitest';
import type { VoteActivity } from '../../shared/workshop/types';
import { cluster, note, testView } from './board/testView';
import { rankVotes, voteTargets } from './voteTargets';

const vote: VoteActivity = {
  id: 'v1',
  kind: 'vote',
  position: 'b',
  prompt: 'Which?',
  timeboxMinutes: null,
  state: 'active',
  sourceActivityId: 'b1',
  voteOn: 'notes',
  votesPerPerson: 3,
  votesRevealed: false,
};

describe('voteTargets', () => {
  const view = testView({
    notes: [note('n1'), note('n2', { hidden: true, text: '' }), note('n3', { groupId: 'g1' })],
    clusters: [
      cluster('c1', { title: 'Trafikk' }),
      cluster('c2', { title: 'Trafikk', groupId: 'g1' }),
    ],
  });

  it('offers the visible notes of the source brainstorm, with their group', () => {
    expect(voteTargets(view, vote)).toEqual([
      { id: 'n1', label: 'text n1', groupId: null },
      { id: 'n3', label: 'text n3', groupId: 'g1' },
    ]);
  });

  it('offers the clusters when the vote is on clusters', () => {
    expect(voteTargets(view, { ...vote, voteOn: 'clusters' })).toEqual([
      { id: 'c1', label: 'Trafikk', groupId: null },
      { id: 'c2', label: 'Trafikk', groupId: 'g1' },
    ]);
  });

  it('ranks clusters by revealed totals, ties sharing a rank', () => {
    const revealed = testView({
      ...view,
      tallies: { v1: { kind: 'vote', cast: 4, voters: 2, totals: { c1: 2, c2: 2 } } },
    });
    const ranking = rankVotes(revealed, { ...vote, voteOn: 'clusters', votesRevealed: true });
    expect(ranking?.map((r) => [r.id, r.votes, r.rank])).toEqual([
      ['c1', 2, 1],
      ['c2', 2, 1],
    ]);
  });
});
