import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaShortcut, shortcutLabel, type Shortcut } from './shortcuts';
import { Icon, type IconName } from '../../ui/icons';

export interface ToolbarItem {
  id: string;
  label: string;
  icon: IconName;
  shortcut?: Shortcut;
  /** Set for toggles (bold, a list, suggesting): announced as pressed or not. */
  pressed?: boolean;
  /** Why it cannot be used now; the button stays focusable and says so. */
  unavailable: string | null;
  /** The label is shown beside the icon (the actions that are not formatting). */
  showLabel?: boolean;
  opensDialog?: boolean;
  onPress: () => void;
}

interface Props {
  item: ToolbarItem;
  tabStop: boolean;
  apple: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  /** Receives the tip to show while the button has keyboard focus (null for pointer focus). */
  onFocus: (tip: string | null) => void;
  onBlur: () => void;
}

/** The name with its shortcut, and why it cannot be used now: "Fet (Ctrl+B)". */
export function useTip(item: ToolbarItem, apple: boolean): string {
  const { t } = useTranslation();
  const keys = item.shortcut ? shortcutLabel(item.shortcut, apple) : null;
  const tip = keys ? t('editorToolbar.withShortcut', { label: item.label, keys }) : item.label;
  return item.unavailable ? `${tip}. ${item.unavailable}` : tip;
}

/**
 * One toolbar button. Unavailable buttons use aria-disabled, not disabled, so arrow keys still
 * reach them and the reason is read. The name with the shortcut is the pointer's tooltip
 * (title) and, on keyboard focus, the toolbar's visible tip; screen readers also get the
 * shortcut from aria-keyshortcuts.
 */
export function ToolbarButton({ item, tabStop, apple, buttonRef, onFocus, onBlur }: Props) {
  const reasonId = useId();
  const tip = useTip(item, apple);
  return (
    <button
      ref={buttonRef}
      type="button"
      className="ds-button doc-toolbar-button"
      data-variant="tertiary"
      data-size="sm"
      data-icon={item.showLabel ? undefined : 'true'}
      tabIndex={tabStop ? 0 : -1}
      aria-label={item.label}
      aria-pressed={item.pressed}
      aria-disabled={item.unavailable ? 'true' : undefined}
      aria-describedby={item.unavailable ? reasonId : undefined}
      aria-keyshortcuts={item.shortcut ? ariaShortcut(item.shortcut, apple) : undefined}
      aria-haspopup={item.opensDialog ? 'dialog' : undefined}
      // Keeps the editor's focus and selection when clicked with a pointer.
      onMouseDown={(event) => event.preventDefault()}
      title={tip}
      onFocus={(event) => onFocus(event.currentTarget.matches(':focus-visible') ? tip : null)}
      onBlur={onBlur}
      onClick={() => {
        if (!item.unavailable) item.onPress();
      }}
    >
      <Icon name={item.icon} />
      {item.showLabel && (
        <span className="doc-toolbar-label" aria-hidden="true">
          {item.label}
        </span>
      )}
      {item.unavailable && (
        <span id={reasonId} hidden>
          {item.unavailable}
        </span>
      )}
    </button>
  );
}
