import { useTranslation } from 'react-i18next';

/**
 * Where a note would show its author: "Written for the room" for one a facilitator wrote on
 * behalf of people without a phone (shared/workshop/kinds/brainstorm/forRoom.ts). Never a name.
 */
export function RoomMark({
  className = 'text-sm text-neutral-text-subtle',
}: {
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <span className={className} data-testid="room-mark">
      {t('workshopForRoom.mark')}
    </span>
  );
}
