import { Icon } from '../ui/icons';

interface Props {
  moveUpLabel: string;
  moveDownLabel: string;
  deleteLabel: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}

/** Keyboard reordering and deletion for one item; the names say which item they act on. */
export function ItemActions(props: Props) {
  const { moveUpLabel, moveDownLabel, deleteLabel, canMoveUp, canMoveDown, onMove, onDelete } =
    props;
  return (
    <div className="flex shrink-0 items-center gap-1">
      <button
        type="button"
        className="ds-button"
        data-variant="tertiary"
        data-size="sm"
        data-icon="true"
        data-move="up"
        aria-label={moveUpLabel}
        title={moveUpLabel}
        disabled={!canMoveUp}
        onClick={() => onMove('up')}
      >
        <Icon name="up" />
      </button>
      <button
        type="button"
        className="ds-button"
        data-variant="tertiary"
        data-size="sm"
        data-icon="true"
        data-move="down"
        aria-label={moveDownLabel}
        title={moveDownLabel}
        disabled={!canMoveDown}
        onClick={() => onMove('down')}
      >
        <Icon name="down" />
      </button>
      <button
        type="button"
        className="ds-button"
        data-variant="tertiary"
        data-color="danger"
        data-size="sm"
        data-icon="true"
        aria-label={deleteLabel}
        title={deleteLabel}
        onClick={onDelete}
      >
        <Icon name="trash" />
      </button>
    </div>
  );
}
