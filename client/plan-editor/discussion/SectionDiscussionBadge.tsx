import { useTranslation } from 'react-i18next';
import { sectionKey } from '../../../shared/discussion/sections';
import type { SectionRef } from '../../../shared/discussion/types';
import { useDiscussionPanel } from './panelContext';
import { sectionLabel } from './sectionNames';
import { badgeText } from './sectionBadgeText';

/**
 * Beside a section's heading: "2 kommentarer, 1 forslag, 1 ny". Opens the side panel showing
 * only this section. Nothing when the section has nothing open or new.
 */
export function SectionDiscussionBadge({ section }: { section: SectionRef }) {
  const { t } = useTranslation();
  const panel = useDiscussionPanel();
  const counts = panel?.counts.get(sectionKey(section));
  if (!panel || !counts) return null;
  const text = badgeText(counts, t);
  if (!text) return null;
  return (
    <button
      type="button"
      className="ds-button shrink-0"
      data-variant="tertiary"
      data-size="sm"
      data-testid="section-discussion"
      aria-label={t('discussion.badge.label', { counts: text, section: sectionLabel(panel.sections, section, t) })}
      onClick={() => panel.showSection(section)}
    >
      {text}
    </button>
  );
}
