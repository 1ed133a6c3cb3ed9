import type { TFunction } from 'i18next';
import type { ChangedSection, SinceLastVisitResponse } from '../../../shared/api/discussion';

/** How a changed section is named in the summary: as the editor names it, "(slettet)" when gone. */
export function changedSectionName(section: ChangedSection, t: TFunction): string {
  const name = (() => {
    switch (section.kind) {
      case 'title':
        return t('discussion.since.title');
      case 'municipality':
        return t('discussion.since.municipality');
      case 'purpose':
        return t('discussion.sections.purpose');
      case 'area':
        return section.title || (section.number ? t('discussion.sections.untitledFocusArea', { number: section.number }) : t('discussion.since.focusArea'));
      case 'strategy':
        return section.number ? t('discussion.sections.strategy', { number: section.number }) : t('discussion.since.strategy');
      default: {
        const never: never = section.kind;
        return never;
      }
    }
  })();
  return section.removed ? t('discussion.since.removed', { name }) : name;
}

/** Whether there is anything to tell (a first visit usually has only waiting suggestions, if any). */
export function hasNews(summary: SinceLastVisitResponse): boolean {
  return (
    summary.sections.length + summary.newThreads.length + summary.newReplies.length + summary.suggestionsWaiting.length + summary.ownSuggestionsDecided.length >
    0
  );
}
