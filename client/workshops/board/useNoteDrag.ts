import { useCallback, useState, type DragEvent } from 'react';

const DRAG_TYPE = 'application/x-medverk-note';

/** The note being dragged and its board section; one drag at a time per page. */
let dragging: { noteId: string; section: string } | null = null;

/**
 * Native HTML5 drag and drop of notes onto clusters (or back to "not sorted") by mouse: an
 * enhancement only. Every note also has a "Move to" control, which is how keyboard, screen-reader
 * and touch users move notes (WCAG 2.1.1). A note can be dropped only within its own section
 * (breakout group), as the "Move to" control offers.
 */
export function useNoteDrag(
  section: string,
  move: (noteId: string, clusterId: string | null) => void,
) {
  const [over, setOver] = useState<string | null>(null);

  const noteProps = useCallback(
    (noteId: string) => ({
      draggable: true,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        dragging = { noteId, section };
        event.dataTransfer.effectAllowed = 'move';
        // A private type: a text type would be pasted into whatever text field it is dropped on.
        event.dataTransfer.setData(DRAG_TYPE, noteId);
      },
      onDragEnd: () => {
        dragging = null;
        setOver(null);
      },
    }),
    [section],
  );

  /** `key` names the target for the highlight: a cluster id, or "none" for not sorted. */
  const targetProps = useCallback(
    (clusterId: string | null) => {
      const key = clusterId ?? 'none';
      return {
        onDragOver: (event: DragEvent<HTMLElement>) => {
          if (dragging?.section !== section) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
          setOver((current) => (current === key ? current : key));
        },
        onDragLeave: (event: DragEvent<HTMLElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
            setOver((current) => (current === key ? null : current));
          }
        },
        onDrop: (event: DragEvent<HTMLElement>) => {
          if (dragging?.section !== section) return;
          event.preventDefault();
          const { noteId } = dragging;
          dragging = null;
          setOver(null);
          move(noteId, clusterId);
        },
      };
    },
    [section, move],
  );

  const isOver = (clusterId: string | null) => over === (clusterId ?? 'none');
  return { noteProps, targetProps, isOver };
}
