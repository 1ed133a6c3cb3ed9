import { PublicLimits } from '../../shared/api/publicPage';
import { isSafeHref, MAX_LINK_LENGTH } from '../../shared/text/safeLink';

export type KnowledgeField = 'title' | 'description' | 'url';
export type KnowledgeProblem =
  | { field: 'title'; problem: 'required' | 'long' }
  | { field: 'description'; problem: 'long' }
  | { field: 'url'; problem: 'required' | 'web' | 'long' };

/** A link the knowledge base accepts: a web address (http or https), as the server checks it. */
export function isWebLink(url: string): boolean {
  const trimmed = url.trim();
  return isSafeHref(trimmed) && /^https?:\/\//i.test(trimmed);
}

/** What is wrong with an item's fields, in the order they appear (`url` only for links). */
export function knowledgeProblems(fields: {
  title: string;
  description: string;
  url?: string;
}): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const title = fields.title.trim();
  if (title === '') problems.push({ field: 'title', problem: 'required' });
  else if (title.length > PublicLimits.knowledgeTitleMax)
    problems.push({ field: 'title', problem: 'long' });
  if (fields.description.trim().length > PublicLimits.knowledgeDescriptionMax)
    problems.push({ field: 'description', problem: 'long' });
  if (fields.url !== undefined) {
    const url = fields.url.trim();
    if (url === '') problems.push({ field: 'url', problem: 'required' });
    else if (url.length > MAX_LINK_LENGTH) problems.push({ field: 'url', problem: 'long' });
    else if (!isWebLink(url)) problems.push({ field: 'url', problem: 'web' });
  }
  return problems;
}
