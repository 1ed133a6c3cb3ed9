import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanGoal } from '../../shared/api/publicPage';
import { sdgName } from '../../shared/public/sdgs';
import { removeGoal } from '../http/goalsApi';
import { ItemActions } from '../plan-editor/ItemActions';
import { goalFullName } from '../plan-editor/focus-areas/goalLinks';
import { useAnnounce } from '../ui/announcerContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FormMessage } from '../ui/FormMessage';
import { SmallButton } from '../ui/SmallButton';
import { actionError } from './actionError';
import { GoalForm } from './GoalForm';
import type { FocusAreaName } from './planFocusAreas';
import { sdgLanguage } from './sdgLanguage';

interface Props {
  planId: string;
  goal: PlanGoal;
  position: number;
  count: number;
  /** The draft's focus areas by id, or null while unknown. */
  focusAreas: ReadonlyMap<string, FocusAreaName> | null;
  onMove: (direction: 'up' | 'down') => void;
  onChanged: (goal: PlanGoal) => void;
  onRemoved: () => void;
}

/** One goal: its number, title and SDG, the focus areas linked to it, and its actions. */
export function GoalRow({
  planId,
  goal,
  position,
  count,
  focusAreas,
  onMove,
  onChanged,
  onRemoved,
}: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const name = goalFullName(goal);
  const linked = focusAreas
    ? goal.focusAreaIds.flatMap((id) => {
        const area = focusAreas.get(id);
        return area ? [area] : [];
      })
    : [];

  const remove = async () => {
    setMessage(null);
    try {
      await removeGoal(planId, goal.id);
      announce(t('publicSettings.goals.removed', { title: name }));
      onRemoved();
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    }
  };

  const finishEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li data-item-id={goal.id} className="rounded-md border border-neutral-border-subtle p-3">
      {editing ? (
        <GoalForm
          planId={planId}
          goal={goal}
          onSaved={(saved) => {
            onChanged(saved);
            finishEditing();
          }}
          onCancel={finishEditing}
        />
      ) : (
        <div className="flex flex-wrap items-start gap-3">
          <div className="min-w-0 flex-1 basis-60">
            <p className="ds-paragraph font-semibold break-words">{name}</p>
            {goal.sdg && (
              <p className="text-sm">
                {t('publicSettings.goals.sdgShown', {
                  number: goal.sdg,
                  name: sdgName(goal.sdg, sdgLanguage(i18n.resolvedLanguage)),
                })}
              </p>
            )}
            <p className="text-sm text-neutral-text-subtle">
              {linked.length > 0
                ? t('publicSettings.goals.linked', {
                    areas: linked.map((area) => `${area.number}. ${area.title}`).join(', '),
                  })
                : goal.focusAreaIds.length > 0
                  ? t('publicSettings.goals.linkedCount', { count: goal.focusAreaIds.length })
                  : t('publicSettings.goals.notLinked')}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <SmallButton
              ref={editButton}
              variant="tertiary"
              aria-label={t('publicSettings.goals.editNamed', { title: name })}
              onClick={() => setEditing(true)}
            >
              {t('publicSettings.edit')}
            </SmallButton>
            <ItemActions
              moveUpLabel={t('publicSettings.moveUp', { title: name })}
              moveDownLabel={t('publicSettings.moveDown', { title: name })}
              deleteLabel={t('publicSettings.goals.removeNamed', { title: name })}
              canMoveUp={position > 1}
              canMoveDown={position < count}
              onMove={onMove}
              onDelete={() => setConfirming(true)}
            />
          </div>
        </div>
      )}
      <FormMessage message={message} />
      {confirming && (
        <ConfirmDialog
          title={t('publicSettings.goals.removeTitle', { title: name })}
          text={t('publicSettings.goals.removeText')}
          confirmLabel={t('publicSettings.remove')}
          cancelLabel={t('publicSettings.cancel')}
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
