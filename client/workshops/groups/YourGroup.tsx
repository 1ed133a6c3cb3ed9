import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { useAnnounce } from '../../ui/announcerContext';
import { groupLabel } from './groupLabel';
import { openGroupsWithMembers } from './groupMembers';

/**
 * "You are in Group 2, together with …" during breakouts. Joining a group and the end of the
 * group work are announced politely; the box itself is not a live region (it would repeat the
 * member list on every change).
 */
export function YourGroup({
  view,
  participantId,
}: {
  view: WorkshopView;
  participantId: string | null;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const mine = openGroupsWithMembers(view).find(({ members }) =>
    members.some((member) => member.id === participantId),
  );
  const label = mine ? groupLabel(mine.group, t) : null;

  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = label;
    if (before === undefined || before === label) return;
    announce(
      label
        ? t('workshopBoard.groups.yourGroup', { group: label })
        : t('workshopBoard.groups.groupsEnded'),
    );
  }, [label, announce, t]);

  if (!mine || !label) return null;
  const others = mine.members.filter((member) => member.id !== participantId).map((m) => m.name);
  return (
    <section
      aria-labelledby="your-group-heading"
      className="mb-4 rounded-lg border-2 border-accent-border-default bg-accent-surface-tinted p-4"
      data-testid="your-group"
    >
      <h2 id="your-group-heading" className="ds-heading mb-1" data-size="xs">
        {t('workshopBoard.groups.yourGroup', { group: label })}
      </h2>
      <p>
        {others.length > 0
          ? t('workshopBoard.groups.yourGroupWith', { names: others.join(', ') })
          : t('workshopBoard.groups.yourGroupAlone')}
      </p>
      <p className="text-neutral-text-subtle">{t('workshopBoard.groups.yourGroupBoard')}</p>
    </section>
  );
}
