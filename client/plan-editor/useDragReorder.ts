import { useCallback, useState, type DragEvent } from 'react';

const DRAG_TYPE = 'application/x-medverk-item';

/** The item being dragged; one drag at a time per page, so module state is enough. */
let dragging: { kind: string; id: string } | null = null;

/**
 * Native HTML5 drag and drop to reorder a list by mouse; keyboard users have the move buttons.
 * The handle starts the drag, every item is a drop target, and the drop lands before or after
 * the target depending on which half of it the pointer is over. `kind` keeps drags apart (a
 * strategy cannot be dropped among focus areas or into another focus area's list).
 */
export function useDragReorder(
  kind: string,
  ids: readonly string[],
  move: (id: string, index: number) => void,
) {
  const [target, setTarget] = useState<{ id: string; after: boolean } | null>(null);

  const handleProps = useCallback(
    (id: string) => ({
      draggable: true,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.stopPropagation();
        dragging = { kind, id };
        event.dataTransfer.effectAllowed = 'move';
        // A private type: a text type would be pasted by the rich-text editor it is dropped on.
        event.dataTransfer.setData(DRAG_TYPE, id);
        const item = event.currentTarget.closest<HTMLElement>('[data-drag-item]');
        if (item) event.dataTransfer.setDragImage(item, 24, 24);
      },
      onDragEnd: () => {
        dragging = null;
        setTarget(null);
      },
    }),
    [kind],
  );

  const targetProps = useCallback(
    (id: string) => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (dragging?.kind !== kind) return;
        event.preventDefault();
        event.stopPropagation();
        event.dataTransfer.dropEffect = 'move';
        const rect = event.currentTarget.getBoundingClientRect();
        const after = event.clientY > rect.top + rect.height / 2;
        setTarget((current) =>
          current?.id === id && current.after === after ? current : { id, after },
        );
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (dragging?.kind !== kind) return;
        event.preventDefault();
        event.stopPropagation();
        const from = dragging.id;
        dragging = null;
        setTarget(null);
        if (from === id) return;
        const others = ids.filter((other) => other !== from);
        const rect = event.currentTarget.getBoundingClientRect();
        const after = event.clientY > rect.top + rect.height / 2;
        const index = others.indexOf(id) + (after ? 1 : 0);
        if (ids.indexOf(from) !== index) move(from, index);
      },
    }),
    [kind, ids, move],
  );

  /** Marks where the item would land: a line above or below the target. */
  const dropIndicator = (id: string): 'before' | 'after' | null =>
    target?.id === id ? (target.after ? 'after' : 'before') : null;

  return { handleProps, targetProps, dropIndicator };
}

/** What every reorderable item (focus area, strategy) receives from its list. */
export interface ReorderableItemProps {
  isFirst: boolean;
  isLast: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
  dragHandle: {
    draggable: boolean;
    onDragStart: (event: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
  dropTarget: {
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
  dropIndicator: 'before' | 'after' | null;
}
