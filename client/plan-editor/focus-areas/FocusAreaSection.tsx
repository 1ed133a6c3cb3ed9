import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaRef } from '../../../shared/plan/focusAreas';
import { Icon } from '../../ui/icons';
import { CollaborativeInput } from '../text-input/CollaborativeInput';
import { useYText } from '../text-input/useYText';
import { RichTextEditor } from '../rich-text/RichTextEditor';
import { usePlanEditor } from '../planEditorContext';
import { ItemActions } from '../ItemActions';
import type { ReorderableItemProps } from '../useDragReorder';
import { StrategyList } from '../strategies/StrategyList';
import { FocusAreaPresence } from './FocusAreaPresence';
import { ItemOrigin } from '../provenance/ItemOrigin';
import { focusAreaName } from './focusAreaName';
import { SectionDiscussionBadge } from '../discussion/SectionDiscussionBadge';
import { FocusAreaGoals } from './FocusAreaGoals';

interface Props extends ReorderableItemProps {
  area: FocusAreaRef;
  number: number;
}

/** One focus area as a section of the document: numbered title, text, then its strategies. */
export function FocusAreaSection(props: Props) {
  const { area, number, isFirst, isLast, onMove, onDelete, dragHandle, dropTarget, dropIndicator } =
    props;
  const { t } = useTranslation();
  const { awareness, user, editable } = usePlanEditor();
  const headingId = useId();
  const title = useYText(area.title);
  const name = focusAreaName(title, number, t);

  return (
    <li
      data-focus-area-id={area.id}
      data-drag-item
      className={dropIndicator ? `is-drop-${dropIndicator}` : undefined}
      {...dropTarget}
    >
      <section aria-labelledby={headingId} className="rounded-lg">
        <div className="flex flex-wrap items-start gap-2 border-b border-neutral-border-subtle pb-2 sm:flex-nowrap">
          {editable && (
            <span
              {...dragHandle}
              aria-hidden="true"
              title={t('editor.dragFocusArea', { name })}
              className="drag-handle mt-2 hidden rounded p-1 text-neutral-text-subtle hover:bg-neutral-surface-hover sm:block"
            >
              <Icon name="grip" />
            </span>
          )}
          <h3
            id={headingId}
            className="flex min-w-0 basis-full items-baseline gap-2 text-xl font-semibold sm:basis-auto sm:flex-1 sm:text-2xl"
          >
            <span className="tabular-nums text-neutral-text-subtle">{number}.</span>
            <CollaborativeInput
              text={area.title}
              data-role="title"
              className="doc-heading-input min-w-0"
              aria-label={t('editor.focusAreaTitleLabel', { number })}
              placeholder={t('editor.focusAreaTitlePlaceholder')}
              readOnly={!editable}
            />
          </h3>
          <SectionDiscussionBadge section={{ kind: 'item', id: area.id }} />
          {editable && (
            <div className="ml-auto sm:ml-0">
              <ItemActions
                moveUpLabel={t('editor.moveUp', { name })}
                moveDownLabel={t('editor.moveDown', { name })}
                deleteLabel={t('editor.deleteFocusArea', { name })}
                canMoveUp={!isFirst}
                canMoveDown={!isLast}
                onMove={onMove}
                onDelete={onDelete}
              />
            </div>
          )}
        </div>
        <ItemOrigin itemId={area.id} />
        <FocusAreaGoals focusAreaId={area.id} name={name} first={number === 1} />
        <FocusAreaPresence focusAreaId={area.id} name={name} />
        <RichTextEditor
          fragment={area.body}
          awareness={awareness}
          user={user}
          label={t('editor.focusAreaBodyLabel', { number })}
          editable={editable}
          section={{ kind: 'item', id: area.id }}
          className="mt-3"
        />
        <StrategyList
          focusAreaId={area.id}
          focusAreaNumber={number}
          focusAreaName={name}
          strategies={area.strategies}
        />
      </section>
    </li>
  );
}
