import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import { groupLabel } from '../groups/groupLabel';
import { useSendAction, type Send } from '../useSendAction';
import { countParticipants } from './participantCounts';

/**
 * Everyone who joined, with their group and a "Remove" button each (after a confirm step).
 * Removed people stay listed, marked, so the facilitator sees what happened; the count above
 * the list is countParticipants', the one every count on the page uses.
 */
export function ParticipantList({
  view,
  send,
  participantId,
}: {
  view: WorkshopView;
  send: Send;
  /** The facilitator's own id: they cannot remove themselves. */
  participantId: string | null;
}) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const groups = new Map(view.groups.map((group) => [group.id, group]));
  const counts = countParticipants(view.participants);
  const canRemove = view.meta.status !== 'ended';
  const nameOf = (id: string) => view.participants.find((person) => person.id === id)?.name ?? '';

  return (
    <div>
      <p className="mb-1" data-testid="participant-count">
        {[
          t('workshop.stage.joined', { count: counts.participants }),
          counts.facilitators > 0
            ? t('workshop.stage.facilitators', { count: counts.facilitators })
            : null,
          counts.removed > 0 ? t('workshop.stage.removed', { count: counts.removed }) : null,
        ]
          .filter((part): part is string => part !== null)
          .join(', ')}
      </p>
      <p className="mb-3 text-sm text-neutral-text-subtle">{t('workshop.stage.countsNote')}</p>
      {view.participants.length === 0 ? (
        <p className="ds-paragraph">{t('workshopBoard.moderation.noParticipants')}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="participants">
          {view.participants.map((person) => {
            const group = person.groupId ? groups.get(person.groupId) : undefined;
            const notes = [
              person.facilitator ? t('workshopBoard.moderation.host') : null,
              person.id === participantId ? t('workshopBoard.moderation.you') : null,
              group ? groupLabel(group, t) : null,
              person.mergedInto !== null
                ? t('workshop.lead.merge.mergedLabel', { name: nameOf(person.mergedInto) })
                : person.removed
                  ? t('workshopBoard.moderation.removedLabel')
                  : null,
            ].filter((note): note is string => note !== null);
            return (
              <li
                key={person.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-neutral-border-subtle p-2 pl-3"
              >
                <span
                  className={`break-words ${person.removed ? 'text-neutral-text-subtle line-through' : ''}`}
                >
                  {person.name}
                  {person.association ? ` (${person.association})` : ''}
                  {notes.length > 0 && (
                    <span className="text-neutral-text-subtle no-underline">
                      {' '}
                      – {notes.join(', ')}
                    </span>
                  )}
                </span>
                {canRemove && !person.removed && person.id !== participantId && (
                  <SmallButton
                    variant="tertiary"
                    color="danger"
                    disabled={busy}
                    aria-label={t('workshopBoard.moderation.removeName', { name: person.name })}
                    onClick={() => setRemoving(person)}
                  >
                    {t('workshopBoard.moderation.remove')}
                  </SmallButton>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormMessage message={error} />
      {removing && (
        <ConfirmDialog
          title={t('workshopBoard.moderation.removeTitle', { name: removing.name })}
          text={
            view.meta.anonymous
              ? t('workshop.lead.removeTextAnonymous', { name: removing.name })
              : t('workshopBoard.moderation.removeText', { name: removing.name })
          }
          confirmLabel={t('workshopBoard.moderation.confirmRemove')}
          cancelLabel={t('workshopBoard.board.cancel')}
          onConfirm={() =>
            void run(
              { type: 'removeParticipant', participantId: removing.id },
              t('workshopBoard.moderation.removed', { name: removing.name }),
            )
          }
          onClose={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
