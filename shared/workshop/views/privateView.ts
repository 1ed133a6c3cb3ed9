import type * as Y from 'yjs';
import { privatePollResults, type PrivatePollResult } from '../kinds/poll/privateResults';
import { listAnswers, listPrivateNotes, listVotes, type PrivateNote } from '../privateDoc';

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
  /**
   * Notes this facilitator wrote for the room (see kinds/brainstorm/forRoom.ts), kept apart from
   * their own notes; present only when there are some.
   */
  roomNotes?: MyNote[];
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
  const written = listPrivateNotes(priv).filter((note) => note.authorId === participantId);
  const myNote = ({ id, activityId, groupId, text, createdAt, revealed }: PrivateNote): MyNote => ({
    id,
    activityId,
    groupId,
    text,
    createdAt,
    revealed,
  });
  const view: MyPrivateView = {
    notes: written.filter((note) => !note.forRoom).map(myNote),
    votes: listVotes(priv, { participantId }).map(({ activityId, targetId }) => ({
      activityId,
      targetId,
    })),
    pollAnswers: listAnswers(priv, { participantId }).map(({ activityId, options }) => ({
      activityId,
      options,
    })),
  };
  const roomNotes = written.filter((note) => note.forRoom).map(myNote);
  if (roomNotes.length > 0) view.roomNotes = roomNotes;
  if (pub) view.pollResults = privatePollResults(pub, priv, participantId);
  return view;
}

/** Votes left in one vote activity, for the counter beside the dots. */
export function remainingVotes(view: MyPrivateView, activityId: string, votesPerPerson: number) {
  const used = view.votes.filter((vote) => vote.activityId === activityId).length;
  return Math.max(0, votesPerPerson - used);
}
