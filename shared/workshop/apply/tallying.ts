import type * as Y from 'yjs';
import { listActivities } from '../activities';
import { uncountedParticipantIds } from '../people';
import { listAnswers, listPrivateNotes, listVotes } from '../privateDoc';
import { readTally, writeTally } from '../tallies';
import type { Activity, PollActivity, VoteActivity } from '../types';

/**
 * Tallies are recounted from the private doc rather than incremented: a recount cannot drift,
 * and removing a person (whose input stops counting) is just another recount. Sizes are small
 * (tens of people, hundreds of votes), so this costs nothing that matters.
 */
export function recountBrainstorm(pub: Y.Doc, priv: Y.Doc, activityId: string): void {
  const removed = uncountedParticipantIds(pub);
  const notes = listPrivateNotes(priv).filter(
    (note) => note.activityId === activityId && !removed.has(note.authorId),
  );
  writeTally(pub, activityId, { kind: 'brainstorm', notes: notes.length });
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

export function recountPoll(pub: Y.Doc, priv: Y.Doc, activity: PollActivity): void {
  const removed = uncountedParticipantIds(pub);
  const answers = listAnswers(priv, { activityId: activity.id }).filter(
    (answer) => !removed.has(answer.participantId),
  );
  const counts = activity.options.map(() => 0);
  for (const answer of answers) {
    for (const index of answer.options) {
      if (index < counts.length) counts[index] = (counts[index] ?? 0) + 1;
    }
  }
  writeTally(pub, activity.id, { kind: 'poll', counts, respondents: answers.length });
}

/** Everything still open to counting; revealed vote totals stay as they were revealed. */
export function recountAll(pub: Y.Doc, priv: Y.Doc): void {
  for (const activity of listActivities(pub)) recount(pub, priv, activity);
}

function recount(pub: Y.Doc, priv: Y.Doc, activity: Activity): void {
  switch (activity.kind) {
    case 'brainstorm':
      return recountBrainstorm(pub, priv, activity.id);
    case 'vote':
      return recountVotes(pub, priv, activity);
    case 'poll':
      return recountPoll(pub, priv, activity);
    case 'cluster':
    case 'discussion':
      return;
    default: {
      const unknown: never = activity;
      throw new Error(`unknown activity ${JSON.stringify(unknown)}`);
    }
  }
}
