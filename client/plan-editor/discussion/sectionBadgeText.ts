import type { TFunction } from 'i18next';
import type { SectionCounts } from './unread';

/** "2 kommentarer, 1 forslag, 1 ny"; empty when there is nothing to point at. */
export function badgeText(counts: SectionCounts, t: TFunction): string {
  const parts: string[] = [];
  if (counts.threads > 0) parts.push(t('discussion.badge.threads', { count: counts.threads }));
  if (counts.suggestions > 0) parts.push(t('discussion.badge.suggestions', { count: counts.suggestions }));
  if (counts.unread > 0) parts.push(t('discussion.badge.unread', { count: counts.unread }));
  return parts.join(', ');
}
