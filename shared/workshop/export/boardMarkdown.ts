import type * as Y from 'yjs';
import { headingText } from '../../export/markdownEscape';
import { listGroups } from '../people';
import type { Note } from '../types';
import type { BoardResult } from '../views/boardResult';
import type { MarkdownContext } from '../kinds/kindModule';
import { groupName } from './noteRows';

function bullets(notes: readonly Note[], context: MarkdownContext): string {
  const { votes, labels, line } = context;
  return notes
    .map((note) => {
      const count = votes.get(note.id) ?? 0;
      const marks = [
        note.forRoom ? labels.forRoom.toLowerCase() : null,
        count > 0 ? `${labels.votes.toLowerCase()}: ${count}` : null,
      ].filter((mark) => mark !== null);
      return `- ${line(note.text)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
    })
    .join('\n');
}

/** A board's themes with their notes; per breakout group when there were groups. */
export function boardMarkdown(pub: Y.Doc, board: BoardResult, context: MarkdownContext): string[] {
  const { votes, labels } = context;
  const groups = listGroups(pub);
  const parts: string[] = [];
  const groupIds = new Set<string | null>([
    ...board.clusters.map(({ cluster }) => cluster.groupId),
    ...board.clusters.flatMap(({ notes }) => notes.map((note) => note.groupId)),
    ...board.unclustered.map((note) => note.groupId),
  ]);
  const order: (string | null)[] = [null, ...groups.map((group) => group.id)].filter((id) => groupIds.has(id));
  const grouped = order.some((id) => id !== null);
  for (const groupId of order) {
    const depth = grouped ? '####' : '###';
    if (grouped) {
      const group = groups.find((candidate) => candidate.id === groupId);
      parts.push(`### ${group ? headingText(groupName(group, labels)) : labels.participants}`);
    }
    for (const { cluster, notes } of board.clusters.filter((entry) => entry.cluster.groupId === groupId)) {
      const count = votes.get(cluster.id) ?? 0;
      parts.push(`${depth} ${headingText(cluster.title)}${count > 0 ? ` (${labels.votes.toLowerCase()}: ${count})` : ''}`);
      parts.push(notes.length > 0 ? bullets(notes, context) : labels.noNotes);
    }
    const loose = board.unclustered.filter((note) => note.groupId === groupId);
    if (loose.length > 0) parts.push(`${depth} ${labels.unclustered}`, bullets(loose, context));
  }
  if (board.clusters.length === 0 && board.unclustered.length === 0) parts.push(labels.noNotes);
  if (board.hiddenNotes > 0) parts.push(`${labels.hiddenNotes}: ${board.hiddenNotes}`);
  return parts;
}
