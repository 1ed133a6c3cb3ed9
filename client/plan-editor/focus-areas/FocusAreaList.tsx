import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addFocusArea,
  deleteFocusArea,
  moveFocusArea,
  type FocusAreaRef,
} from '../../../shared/plan/focusAreas';
import { useAnnounce } from '../../ui/announcerContext';
import { useFocusRequest } from '../../ui/useFocusRequest';
import { Icon } from '../../ui/icons';
import { usePlanEditor } from '../planEditorContext';
import { useDragReorder } from '../useDragReorder';
import { useDeletion } from '../undo/deletionContext';
import { FocusAreaSection } from './FocusAreaSection';
import { focusAreaName } from './focusAreaName';
import { useFocusAreas } from './useFocusAreas';

const areaSelector = (id: string) => `[data-focus-area-id="${CSS.escape(id)}"]`;

export function FocusAreaList() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const onDelete = useDeletion();
  const { doc, editable } = usePlanEditor();
  const areas = useFocusAreas(doc);
  const { containerRef, requestFocus } = useFocusRequest<HTMLDivElement>();
  const ids = useMemo(() => areas.map((area) => area.id), [areas]);

  const moveTo = useCallback(
    (id: string, index: number, direction?: 'up' | 'down') => {
      const area = areas.find((candidate) => candidate.id === id);
      if (!area || !moveFocusArea(doc, id, index)) return;
      const name = focusAreaName(area.title.toJSON(), index + 1, t);
      announce(t('editor.movedFocusArea', { name, position: index + 1, count: areas.length }));
      if (direction) {
        const other = direction === 'up' ? 'down' : 'up';
        requestFocus([
          `${areaSelector(id)} [data-move="${direction}"]`,
          `${areaSelector(id)} [data-move="${other}"]`,
        ]);
      }
    },
    [areas, doc, t, announce, requestFocus],
  );

  const drag = useDragReorder('focus-area', ids, moveTo);

  const add = () => {
    const id = addFocusArea(doc);
    requestFocus([`${areaSelector(id)} [data-role="title"]`]);
  };

  const remove = (area: FocusAreaRef, index: number) => {
    const { id } = area;
    const name = focusAreaName(area.title.toJSON(), index + 1, t);
    onDelete(
      {
        message: t('editor.focusAreaDeleted', { name }),
        focusAfterUndo: [`${areaSelector(id)} [data-role="title"]`],
      },
      () => deleteFocusArea(doc, id),
    );
  };

  return (
    <div ref={containerRef}>
      {areas.length === 0 ? (
        <p className="ds-paragraph mb-6 text-neutral-text-subtle">{t('editor.noFocusAreas')}</p>
      ) : (
        <ol className="mb-8 flex flex-col gap-10">
          {areas.map((area, index) => (
            <FocusAreaSection
              key={area.id}
              area={area}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === areas.length - 1}
              onMove={(direction) =>
                moveTo(area.id, direction === 'up' ? index - 1 : index + 1, direction)
              }
              onDelete={() => remove(area, index)}
              dragHandle={drag.handleProps(area.id)}
              dropTarget={drag.targetProps(area.id)}
              dropIndicator={drag.dropIndicator(area.id)}
            />
          ))}
        </ol>
      )}
      {editable && (
        <button type="button" className="ds-button" data-variant="secondary" onClick={add}>
          <Icon name="plus" />
          {t('editor.addFocusArea')}
        </button>
      )}
    </div>
  );
}
