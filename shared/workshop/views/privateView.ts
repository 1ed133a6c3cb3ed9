import type * as Y from 'yjs';
import { privatePollResults, type PrivatePollResult } from '../kinds/poll/privateResults';
import { listAnswers, listPrivateNotes, listVotes } from '../privateDoc';

/**
 * One person's share of the private doc: what the server may send to them and to nobody else
 * (their unrevealed notes, which of the revealed notes are theirs, their votes and answers).
 */
export interface MyNote {
  id: string;
  activityId: string;
  groupId: string | null;
  text: string;
  createdAt: number;
  revealed: boolean;
}

export interface MyPrivateView {
  notes: MyNote[];
  votes: { activityId: string; targetId: string }[];
  pollAnswers: { activityId: string; options: number[] }[];
  /**
   * Poll breakdowns this person may see while the public doc does not hold them (see
   * kinds/poll/visibility.ts). Present only when the public doc was given.
   */
  pollResults?: PrivatePollResult[];
}

/** Pass `pub` (the server always does) for the poll breakdowns only this person may see. */
export function myPrivateView(priv: Y.Doc, participantId: string, pub?: Y.Doc): MyPrivateView {
  const view: MyPrivateView = {
    notes: listPrivateNotes(priv)
      .filter((note) => note.authorId === participantId)
      .map(({ id, activityId, groupId, text, createdAt, revealed }) => ({
        id,
        activityId,
        groupId,
        text,
        createdAt,
        revealed,
      })),
    votes: listVotes(priv, { participantId }).map(({ activityId, targetId }) => ({
      activityId,
      targetId,
    })),
    pollAnswers: listAnswers(priv, { participantId }).map(({ activityId, options }) => ({
      activityId,
      options,
    })),
  };
  if (pub) view.pollResults = privatePollResults(pub, priv, participantId);
  return view;
}

/** Votes left in one vote activity, for the counter beside the dots. */
export function remainingVotes(view: MyPrivateView, activityId: string, votesPerPerson: number) {
  const used = view.votes.filter((vote) => vote.activityId === activityId).length;
  return Math.max(0, votesPerPerson - used);
}
