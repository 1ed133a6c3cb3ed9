import { useTranslation } from 'react-i18next';
import { panelIdOf, useDiscussionPanel } from './panelContext';

/** "Kommentarer (3 nye)" in the plan's toolbar: opens and closes the side panel. */
export function DiscussionButton() {
  const { t } = useTranslation();
  const panel = useDiscussionPanel();
  if (!panel) return null;
  const count = panel.unread.total;
  return (
    <button
      id={panel.toggleId}
      type="button"
      className="ds-button"
      data-variant={panel.open ? 'primary' : 'secondary'}
      data-size="sm"
      aria-expanded={panel.open}
      // Only while it is there: the panel is not rendered when closed.
      aria-controls={panel.open ? panelIdOf(panel.toggleId) : undefined}
      data-testid="discussion-toggle"
      onClick={() => panel.setOpen(!panel.open)}
    >
      {count > 0 ? t('discussion.toggle.withNew', { count }) : t('discussion.toggle.label')}
    </button>
  );
}
