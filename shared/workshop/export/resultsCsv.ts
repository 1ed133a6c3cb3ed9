import type * as Y from 'yjs';
import { readMeta } from '../publicDoc';
import { toCsv } from './csv';
import type { ResultsLabels } from './labels';
import { noteRows } from './noteRows';

/**
 * A workshop's notes as a spreadsheet: one row per visible note with its activity, group,
 * theme and votes. The author column exists only in workshops that are not anonymous, or when
 * a note was written for the room: that is all it then says, for those notes only.
 */
export function resultsCsv(pub: Y.Doc, labels: ResultsLabels): string {
  const notes = noteRows(pub, labels);
  const withAuthors = !readMeta(pub).anonymous || notes.some((row) => row.forRoom);
  const header = [labels.activity, labels.group, labels.cluster, labels.note, labels.votes, labels.clusterVotes];
  const rows = notes.map((row) => {
    const cells: (string | number)[] = [row.activity, row.group, row.cluster, row.text, row.votes, row.clusterVotes];
    if (withAuthors) cells.push(row.forRoom ? labels.forRoom : (row.author ?? ''));
    return cells;
  });
  return toCsv([withAuthors ? [...header, labels.author] : header, ...rows]);
}
