import { useTranslation } from 'react-i18next';
import type { StrategyRef } from '../../../shared/plan/strategies';
import { Icon } from '../../ui/icons';
import { RichTextEditor } from '../rich-text/RichTextEditor';
import { usePlanEditor } from '../planEditorContext';
import { ItemActions } from '../ItemActions';
import { ItemOrigin } from '../provenance/ItemOrigin';
import type { ReorderableItemProps } from '../useDragReorder';
import { SectionDiscussionBadge } from '../discussion/SectionDiscussionBadge';

interface Props extends ReorderableItemProps {
  strategy: StrategyRef;
  /** "1.2": focus area number, then the strategy's place in it. */
  number: string;
}

export function StrategyItem(props: Props) {
  const {
    strategy,
    number,
    isFirst,
    isLast,
    onMove,
    onDelete,
    dragHandle,
    dropTarget,
    dropIndicator,
  } = props;
  const { t } = useTranslation();
  const { awareness, user, editable } = usePlanEditor();

  return (
    <li
      data-strategy-id={strategy.id}
      data-drag-item
      // Narrow screens: number, then the text at full width, then the buttons (DOM order kept).
      // Wider: the text takes the row and the buttons sit at its end, in the same place on every
      // row; the origin note wraps onto a line of its own.
      className={`flex flex-wrap items-start gap-x-2 ${dropIndicator ? `is-drop-${dropIndicator}` : ''}`}
      {...dropTarget}
    >
      {editable && (
        <span
          {...dragHandle}
          aria-hidden="true"
          title={t('editor.dragStrategy', { number })}
          className="drag-handle mt-2 hidden rounded p-1 text-neutral-text-subtle hover:bg-neutral-surface-hover sm:block"
        >
          <Icon name="grip" className="size-4" />
        </span>
      )}
      <span className="mt-2 min-w-8 font-semibold tabular-nums" aria-hidden="true">
        {number}
      </span>
      <RichTextEditor
        fragment={strategy.body}
        awareness={awareness}
        user={user}
        label={t('editor.strategyLabel', { number })}
        editable={editable}
        section={{ kind: 'item', id: strategy.id }}
        className="min-w-0 basis-full sm:basis-0 sm:flex-1"
      />
      <SectionDiscussionBadge section={{ kind: 'item', id: strategy.id }} />
      {editable && (
        <div className="ml-auto sm:ml-0">
          <ItemActions
            moveUpLabel={t('editor.moveStrategyUp', { number })}
            moveDownLabel={t('editor.moveStrategyDown', { number })}
            deleteLabel={t('editor.deleteStrategy', { number })}
            canMoveUp={!isFirst}
            canMoveDown={!isLast}
            onMove={onMove}
            onDelete={onDelete}
          />
        </div>
      )}
      <div className="basis-full sm:pl-10">
        <ItemOrigin itemId={strategy.id} />
      </div>
    </li>
  );
}
