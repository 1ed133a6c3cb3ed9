import type * as Y from 'yjs';
import { escapeInline, escapeLineStart, headingText } from '../../export/markdownEscape';
import { listGroups, listParticipants } from '../people';
import { readMeta } from '../publicDoc';
import type { Note } from '../types';
import { workshopResults, type BoardResult } from '../views/results';
import type { ResultsLabels } from './labels';
import { groupName } from './noteRows';
import { revealedVotes } from './targetVotes';

/** Text people typed as one escaped line, so it can add no structure to the summary. */
function line(text: string): string {
  return escapeLineStart(escapeInline(text.replace(/\s+/g, ' ').trim()));
}

function bullets(notes: readonly Note[], votes: ReadonlyMap<string, number>, labels: ResultsLabels): string {
  return notes
    .map((note) => {
      const count = votes.get(note.id) ?? 0;
      return `- ${line(note.text)}${count > 0 ? ` (${labels.votes.toLowerCase()}: ${count})` : ''}`;
    })
    .join('\n');
}

/** A board's themes with their notes; per breakout group when there were groups. */
function boardSection(pub: Y.Doc, board: BoardResult, votes: ReadonlyMap<string, number>, labels: ResultsLabels): string[] {
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
      parts.push(notes.length > 0 ? bullets(notes, votes, labels) : labels.noNotes);
    }
    const loose = board.unclustered.filter((note) => note.groupId === groupId);
    if (loose.length > 0) parts.push(`${depth} ${labels.unclustered}`, bullets(loose, votes, labels));
  }
  if (board.clusters.length === 0 && board.unclustered.length === 0) parts.push(labels.noNotes);
  if (board.hiddenNotes > 0) parts.push(`${labels.hiddenNotes}: ${board.hiddenNotes}`);
  return parts;
}

/**
 * A workshop's results as a Markdown summary for the case file: goal, agenda, who took part
 * (numbers and organisations, never names), then each activity's themes, ranking or answers.
 * Everything people typed is escaped.
 */
export function resultsMarkdown(pub: Y.Doc, labels: ResultsLabels): string {
  const meta = readMeta(pub);
  const votes = revealedVotes(pub);
  const results = workshopResults(pub);
  const parts: string[] = [`# ${headingText(meta.title)}`];
  if (meta.goal.trim() !== '') parts.push(`**${labels.goal}:** ${line(meta.goal)}`);
  if (meta.date) parts.push(`**${labels.date}:** ${escapeInline(meta.date)}`);
  if (meta.anonymous) parts.push(`*${labels.anonymous}*`);

  const people = listParticipants(pub).filter((person) => !person.removed && !person.facilitator);
  const associations = new Map<string, number>();
  for (const person of people) {
    const name = person.association?.trim() || labels.noAssociation;
    associations.set(name, (associations.get(name) ?? 0) + 1);
  }
  parts.push(`## ${labels.participants}`, `${labels.participants}: ${people.length}`);
  if (associations.size > 0) {
    parts.push(
      `**${labels.associations}:**`,
      [...associations].map(([name, count]) => `- ${line(name)}: ${count}`).join('\n'),
    );
  }

  if (results.length > 0) {
    parts.push(
      `## ${labels.agenda}`,
      results.map((result, index) => `${index + 1}. ${labels.kinds[result.kind]}: ${escapeInline(result.activity.prompt.replace(/\s+/g, ' ').trim())}`).join('\n'),
    );
  }

  results.forEach((result, index) => {
    parts.push(`## ${index + 1}. ${labels.kinds[result.kind]}: ${headingText(result.activity.prompt)}`);
    switch (result.kind) {
      case 'brainstorm':
        parts.push(...boardSection(pub, result.board, votes, labels));
        break;
      case 'vote':
        if (result.ranking === null) parts.push(labels.notRevealed);
        else
          parts.push(
            result.ranking
              .map((target) => `${target.rank}\\. ${line(target.label)} — ${labels.votes.toLowerCase()}: ${target.votes}`)
              .join('  \n'),
          );
        break;
      case 'poll':
        parts.push(
          `${labels.respondents}: ${result.respondents}`,
          result.options.map((option) => `- ${line(option.label)}: ${option.count}`).join('\n'),
        );
        break;
      case 'cluster':
      case 'discussion':
        break;
      default: {
        const never: never = result;
        throw new Error(`unknown result ${JSON.stringify(never)}`);
      }
    }
  });
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
