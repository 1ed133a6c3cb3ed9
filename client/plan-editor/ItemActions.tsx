import { Icon, type IconName } from '../ui/icons';

interface Props {
  moveUpLabel: string;
  moveDownLabel: string;
  deleteLabel: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}

interface IconButtonProps {
  icon: IconName;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
  /** Lets the lists find the button again to keep focus on it after a move. */
  move?: 'up' | 'down';
}

function IconButton({ icon, label, onClick, disabled = false, danger = false, move }: IconButtonProps) {
  return (
    <button
      type="button"
      className="ds-button"
      data-variant="tertiary"
      data-size="sm"
      data-icon="true"
      {...(danger ? { 'data-color': 'danger' } : {})}
      {...(move ? { 'data-move': move } : {})}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}

/** Keyboard reordering and deletion for one item; the names say which item they act on. */
export function ItemActions(props: Props) {
  const { moveUpLabel, moveDownLabel, deleteLabel, canMoveUp, canMoveDown, onMove, onDelete } = props;
  return (
    <div className="flex shrink-0 items-center gap-1">
      <IconButton icon="up" label={moveUpLabel} move="up" disabled={!canMoveUp} onClick={() => onMove('up')} />
      <IconButton icon="down" label={moveDownLabel} move="down" disabled={!canMoveDown} onClick={() => onMove('down')} />
      <IconButton icon="trash" label={deleteLabel} danger onClick={onDelete} />
    </div>
  );
}
