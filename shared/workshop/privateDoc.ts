import type * as Y from 'yjs';
import { bool, isRecord, num, numbers, str, strOrNull } from './fields';
import { answerKey, PrivateRoots, voteKey } from './keys';

/**
 * What only the server knows: every note with its author (revealed or not), every vote, every
 * poll answer. Records are plain values replaced whole; the server is their only writer.
 */
export interface PrivateNote {
  id: string;
  activityId: string;
  groupId: string | null;
  authorId: string;
  text: string;
  createdAt: number;
  /** Whether a public copy exists (see revealNotes). */
  revealed: boolean;
  /** The author's client's key for it (see `addNote`), to recognise a resend; null if none. */
  clientKey: string | null;
  /** Written by a facilitator for the room (see `addNote`): never shown with its author. */
  forRoom: boolean;
}

export interface Vote {
  activityId: string;
  participantId: string;
  targetId: string;
  castAt: number;
}

export interface PollAnswer {
  activityId: string;
  participantId: string;
  /** Indexes into the poll's options, ascending, without repeats. */
  options: number[];
  answeredAt: number;
}

function notes(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PrivateRoots.notes);
}

function votes(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PrivateRoots.votes);
}

function answers(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PrivateRoots.answers);
}

function readPrivateNote(value: unknown): PrivateNote | null {
  if (!isRecord(value)) return null;
  return {
    id: str(value, 'id'),
    activityId: str(value, 'activityId'),
    groupId: strOrNull(value, 'groupId'),
    authorId: str(value, 'authorId'),
    text: str(value, 'text'),
    createdAt: num(value, 'createdAt', 0),
    revealed: bool(value, 'revealed'),
    clientKey: strOrNull(value, 'clientKey'),
    forRoom: bool(value, 'forRoom'),
  };
}

export function getPrivateNote(doc: Y.Doc, id: string): PrivateNote | null {
  return readPrivateNote(notes(doc).get(id));
}

/** All notes, in the order they were written (ties by id, so the order is total). */
export function listPrivateNotes(doc: Y.Doc): PrivateNote[] {
  const list: PrivateNote[] = [];
  notes(doc).forEach((value) => {
    const note = readPrivateNote(value);
    if (note) list.push(note);
  });
  return list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function setPrivateNote(doc: Y.Doc, note: PrivateNote): void {
  notes(doc).set(note.id, { ...note });
}

export function deletePrivateNote(doc: Y.Doc, id: string): void {
  notes(doc).delete(id);
}

/** The author's note sent with `clientKey` in this activity: a resend of it, if any. */
export function findOwnNote(
  doc: Y.Doc,
  authorId: string,
  activityId: string,
  clientKey: string,
): PrivateNote | null {
  return (
    listPrivateNotes(doc).find(
      (note) =>
        note.authorId === authorId &&
        note.activityId === activityId &&
        note.clientKey === clientKey,
    ) ?? null
  );
}

function readVote(value: unknown): Vote | null {
  if (!isRecord(value)) return null;
  return {
    activityId: str(value, 'activityId'),
    participantId: str(value, 'participantId'),
    targetId: str(value, 'targetId'),
    castAt: num(value, 'castAt', 0),
  };
}

export function listVotes(
  doc: Y.Doc,
  filter: { activityId?: string; participantId?: string } = {},
): Vote[] {
  const list: Vote[] = [];
  votes(doc).forEach((value) => {
    const vote = readVote(value);
    if (!vote) return;
    if (filter.activityId !== undefined && vote.activityId !== filter.activityId) return;
    if (filter.participantId !== undefined && vote.participantId !== filter.participantId) return;
    list.push(vote);
  });
  return list.sort((a, b) => a.castAt - b.castAt);
}

export function hasVote(doc: Y.Doc, activityId: string, participantId: string, targetId: string) {
  return votes(doc).has(voteKey(activityId, participantId, targetId));
}

export function addVote(doc: Y.Doc, vote: Vote): void {
  votes(doc).set(voteKey(vote.activityId, vote.participantId, vote.targetId), { ...vote });
}

export function removeVote(
  doc: Y.Doc,
  activityId: string,
  participantId: string,
  targetId: string,
) {
  votes(doc).delete(voteKey(activityId, participantId, targetId));
}

function readAnswer(value: unknown): PollAnswer | null {
  if (!isRecord(value)) return null;
  return {
    activityId: str(value, 'activityId'),
    participantId: str(value, 'participantId'),
    options: numbers(value, 'options'),
    answeredAt: num(value, 'answeredAt', 0),
  };
}

export function getAnswer(doc: Y.Doc, activityId: string, participantId: string) {
  return readAnswer(answers(doc).get(answerKey(activityId, participantId)));
}

export function listAnswers(
  doc: Y.Doc,
  filter: { activityId?: string; participantId?: string } = {},
): PollAnswer[] {
  const list: PollAnswer[] = [];
  answers(doc).forEach((value) => {
    const answer = readAnswer(value);
    if (!answer) return;
    if (filter.activityId !== undefined && answer.activityId !== filter.activityId) return;
    if (filter.participantId !== undefined && answer.participantId !== filter.participantId) return;
    list.push(answer);
  });
  return list.sort((a, b) => a.answeredAt - b.answeredAt);
}

export function deleteAnswer(doc: Y.Doc, activityId: string, participantId: string): void {
  answers(doc).delete(answerKey(activityId, participantId));
}

export function setAnswer(doc: Y.Doc, answer: PollAnswer): void {
  answers(doc).set(answerKey(answer.activityId, answer.participantId), {
    ...answer,
    options: [...answer.options],
  });
}
