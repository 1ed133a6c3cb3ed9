import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { ItemMap } from '../../../shared/plan/planDoc';
import { addStrategy, deleteStrategy, moveStrategy } from '../../../shared/plan/strategies';
import { useAnnounce } from '../../ui/announcerContext';
import { useFocusRequest } from '../../ui/useFocusRequest';
import { Icon } from '../../ui/icons';
import { usePlanEditor } from '../planEditorContext';
import { useDragReorder } from '../useDragReorder';
import { useDeletion } from '../undo/deletionContext';
import { StrategyItem } from './StrategyItem';
import { useStrategies } from './useStrategies';

interface Props {
  focusAreaId: string;
  focusAreaNumber: number;
  focusAreaName: string;
  strategies: Y.Map<ItemMap>;
}

const strategySelector = (id: string) => `[data-strategy-id="${CSS.escape(id)}"]`;

/** The numbered strategies (1.1, 1.2 …) of one focus area. */
export function StrategyList({ focusAreaId, focusAreaNumber, focusAreaName, strategies }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const onDelete = useDeletion();
  const { doc, editable } = usePlanEditor();
  const items = useStrategies(doc, focusAreaId, strategies);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const { containerRef, requestFocus } = useFocusRequest<HTMLDivElement>();
  const headingId = useId();
  const numberOf = (index: number) => `${focusAreaNumber}.${index + 1}`;

  const moveTo = useCallback(
    (id: string, index: number, direction?: 'up' | 'down') => {
      if (!moveStrategy(doc, focusAreaId, id, index)) return;
      announce(t('editor.movedStrategy', { number: `${focusAreaNumber}.${index + 1}` }));
      if (direction) {
        const other = direction === 'up' ? 'down' : 'up';
        requestFocus([
          `${strategySelector(id)} [data-move="${direction}"]`,
          `${strategySelector(id)} [data-move="${other}"]`,
        ]);
      }
    },
    [doc, focusAreaId, focusAreaNumber, t, announce, requestFocus],
  );

  const drag = useDragReorder(`strategy:${focusAreaId}`, ids, moveTo);

  const add = () => {
    const id = addStrategy(doc, focusAreaId);
    if (id) requestFocus([`${strategySelector(id)} [role="textbox"]`]);
  };

  const remove = (id: string, index: number) => {
    onDelete(
      {
        message: t('editor.strategyDeleted', { number: numberOf(index) }),
        focusAfterUndo: [`${strategySelector(id)} [role="textbox"]`],
      },
      () => deleteStrategy(doc, focusAreaId, id),
    );
  };

  return (
    <div ref={containerRef} className="mt-6 ml-1 border-l-2 border-neutral-border-subtle pl-5">
      <h4 id={headingId} className="mb-3 text-base font-semibold text-neutral-text-subtle">
        {t('editor.strategiesHeading')}
      </h4>
      {items.length === 0 ? (
        <p className="mb-3 text-sm text-neutral-text-subtle">{t('editor.noStrategies')}</p>
      ) : (
        <ol aria-labelledby={headingId} className="mb-3 flex flex-col gap-3">
          {items.map((item, index) => (
            <StrategyItem
              key={item.id}
              strategy={item}
              number={numberOf(index)}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              onMove={(direction) =>
                moveTo(item.id, direction === 'up' ? index - 1 : index + 1, direction)
              }
              onDelete={() => remove(item.id, index)}
              dragHandle={drag.handleProps(item.id)}
              dropTarget={drag.targetProps(item.id)}
              dropIndicator={drag.dropIndicator(item.id)}
            />
          ))}
        </ol>
      )}
      {editable && (
        <button
          type="button"
          className="ds-button"
          data-variant="tertiary"
          data-size="sm"
          aria-label={t('editor.addStrategyTo', { name: focusAreaName })}
          onClick={add}
        >
          <Icon name="plus" className="size-4" />
          {t('editor.addStrategy')}
        </button>
      )}
    </div>
  );
}
