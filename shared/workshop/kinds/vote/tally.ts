import type * as Y from 'yjs';
import { isRecord, num } from '../../fields';
import { uncountedParticipantIds } from '../../people';
import { listVotes } from '../../privateDoc';
import { readTally, writeTally } from '../../tallies';
import type { VoteActivity, VoteTally } from './types';

export function readVoteTally(stored: Record<string, unknown>): VoteTally {
  const totals = stored.totals;
  return {
    kind: 'vote',
    cast: num(stored, 'cast', 0),
    voters: num(stored, 'voters', 0),
    totals: isRecord(totals) ? readTotals(totals) : null,
  };
}

function readTotals(record: Record<string, unknown>): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [id, count] of Object.entries(record)) {
    if (typeof count === 'number' && Number.isFinite(count)) totals[id] = count;
  }
  return totals;
}

/** Live counts only (how many votes, how many voters); per-target totals wait for the reveal. */
export function recountVotes(pub: Y.Doc, priv: Y.Doc, activity: VoteActivity): void {
  const removed = uncountedParticipantIds(pub);
  const votes = listVotes(priv, { activityId: activity.id }).filter(
    (vote) => !removed.has(vote.participantId),
  );
  const previous = readTally(pub, activity);
  writeTally(pub, activity.id, {
    kind: 'vote',
    cast: votes.length,
    voters: new Set(votes.map((vote) => vote.participantId)).size,
    totals: previous?.kind === 'vote' ? previous.totals : null,
  });
}

/** Totals per target from the private votes; the only moment they reach the public doc. */
export function revealVoteTotals(pub: Y.Doc, priv: Y.Doc, activity: VoteActivity): number {
  const removed = uncountedParticipantIds(pub);
  const votes = listVotes(priv, { activityId: activity.id }).filter(
    (vote) => !removed.has(vote.participantId),
  );
  const totals: Record<string, number> = {};
  for (const vote of votes) totals[vote.targetId] = (totals[vote.targetId] ?? 0) + 1;
  writeTally(pub, activity.id, {
    kind: 'vote',
    cast: votes.length,
    voters: new Set(votes.map((vote) => vote.participantId)).size,
    totals,
  });
  return votes.length;
}
