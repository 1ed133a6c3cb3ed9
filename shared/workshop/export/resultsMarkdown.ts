import type * as Y from 'yjs';
import { escapeInline, escapeLineStart, headingText } from '../../export/markdownEscape';
import { moduleOf } from '../kinds';
import type { MarkdownContext } from '../kinds/kindModule';
import { listParticipants } from '../people';
import { readMeta } from '../publicDoc';
import { workshopResults } from '../views/results';
import type { ResultsLabels } from './labels';
import { resultVotes } from './themeVotes';

/** Text people typed as one escaped line, so it can add no structure to the summary. */
function line(text: string): string {
  return escapeLineStart(escapeInline(text.replace(/\s+/g, ' ').trim()));
}

/**
 * A workshop's results as a Markdown summary for the case file: goal, agenda, who took part
 * (numbers and organisations, never names), then each activity's themes, ranking or answers.
 * Everything people typed is escaped.
 */
export function resultsMarkdown(pub: Y.Doc, labels: ResultsLabels): string {
  const meta = readMeta(pub);
  const votes = resultVotes(pub);
  const results = workshopResults(pub);
  const context: MarkdownContext = { pub, labels, votes, line };
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
    parts.push(...moduleOf(result.activity).markdown(result, context));
  });
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
