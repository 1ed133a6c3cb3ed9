import { useTranslation } from 'react-i18next';
import { usePlanEditor } from '../planEditorContext';

/** Who else is working in this focus area right now (from their awareness `focusAreaId`). */
export function FocusAreaPresence({ focusAreaId, name }: { focusAreaId: string; name: string }) {
  const { t } = useTranslation();
  const { peers } = usePlanEditor();
  const here = peers.filter((peer) => !peer.isSelf && peer.focusAreaId === focusAreaId);
  if (here.length === 0) return null;
  return (
    <ul
      aria-label={t('presence.inFocusArea', { name })}
      className="mt-2 flex flex-wrap gap-2"
      data-testid="focus-area-presence"
    >
      {here.map((peer) => (
        <li
          key={peer.clientId}
          className="inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-sm"
          style={{ boxShadow: `inset 0 0 0 2px ${peer.color}` }}
        >
          <span
            aria-hidden="true"
            className="inline-block size-2.5 rounded-full"
            style={{ backgroundColor: peer.color }}
          />
          {peer.name}
        </li>
      ))}
    </ul>
  );
}
