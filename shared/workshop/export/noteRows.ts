import type * as Y from 'yjs';
import { listActivities } from '../activities';
import { listClusters, listNotes } from '../board';
import { listGroups, listParticipants } from '../people';
import { readMeta } from '../publicDoc';
import type { Group } from '../types';
import type { ResultsLabels } from './labels';
import { revealedVotes } from './targetVotes';
import { themeVotes } from './themeVotes';

/** One revealed, visible note as a row of the results table. */
export interface NoteRow {
  activity: string;
  group: string;
  cluster: string;
  text: string;
  votes: number;
  clusterVotes: number;
  /** Null in anonymous workshops, always, whoever asks; never set when `forRoom`. */
  author: string | null;
  /** Written by a facilitator for people in the room: shown instead of an author. */
  forRoom: boolean;
}

export function groupName(group: Group, labels: ResultsLabels): string {
  return group.name.trim() || labels.groupNumber.replace('{n}', String(group.number));
}

/**
 * Every note on the public doc that is shown to people (hidden ones left out), in agenda then
 * board order. Authors come from the public doc only, which has none in an anonymous workshop;
 * the anonymity flag is checked as well, so a name can never slip into an anonymous export.
 */
export function noteRows(pub: Y.Doc, labels: ResultsLabels): NoteRow[] {
  const meta = readMeta(pub);
  const votes = revealedVotes(pub);
  const themes = themeVotes(pub, votes);
  const names = new Map(listParticipants(pub).map((person) => [person.id, person.name]));
  const groups = new Map(listGroups(pub).map((group) => [group.id, groupName(group, labels)]));
  const clusters = new Map(listClusters(pub).map((cluster) => [cluster.id, cluster.title]));
  const rows: NoteRow[] = [];
  for (const activity of listActivities(pub)) {
    if (activity.kind !== 'brainstorm') continue;
    for (const note of listNotes(pub, activity.id)) {
      if (note.hidden) continue;
      const clusterTitle = note.clusterId === null ? undefined : clusters.get(note.clusterId);
      rows.push({
        activity: activity.prompt,
        group: note.groupId === null ? '' : (groups.get(note.groupId) ?? ''),
        cluster: clusterTitle ?? '',
        text: note.text,
        votes: votes.get(note.id) ?? 0,
        clusterVotes: clusterTitle === undefined || note.clusterId === null ? 0 : (themes.get(note.clusterId) ?? 0),
        author:
          meta.anonymous || note.forRoom || note.authorId === null
            ? null
            : (names.get(note.authorId) ?? null),
        forRoom: note.forRoom,
      });
    }
  }
  return rows;
}
