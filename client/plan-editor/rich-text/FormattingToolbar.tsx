import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { editsDirectly } from '../../../shared/discussion/permissions';
import { DEFAULT_DISCUSSION_SETTINGS } from '../../../shared/discussion/types';
import { useAnnounce } from '../../ui/announcerContext';
import type { DiscussionContextValue } from '../discussion/discussionContext';
import { clampIndex, rovingIndex } from './rovingIndex';
import { isApple, SHORTCUTS } from './shortcuts';
import { ToolbarButton, type ToolbarItem } from './ToolbarButton';

interface Props {
  editor: Editor;
  /** The editor's own name ("Tekst for strategi 1.2"), so the toolbar says whose it is. */
  fieldLabel: string;
  /** The person may change the text directly (not only suggest). */
  editable: boolean;
  discussion: DiscussionContextValue | null;
  onLink: () => void;
  onComment: () => void;
  toolbarRef: RefObject<HTMLDivElement | null>;
}

const apple = typeof navigator !== 'undefined' && isApple(navigator.platform || navigator.userAgent);

/**
 * The formatting toolbar of the focused editor: one tab stop (arrow keys, Home and End move
 * inside; Tab leaves; Escape hides the focused button's tip, then goes back to the text).
 * Formatting is not offered while suggesting, since only text can be suggested; an observer who
 * may comment sees only Comment.
 */
export function FormattingToolbar({ editor, fieldLabel, editable, discussion, onLink, onComment, toolbarRef }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [active, setActive] = useState(0);
  const [tip, setTip] = useState<string | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
      empty: current.state.selection.empty,
    }),
  });

  const suggesting = !!discussion?.canSuggest && discussion.mode === 'suggesting';
  const items: ToolbarItem[] = [];
  if (editable || suggesting) {
    const notNow = suggesting ? t('editorToolbar.unavailable.suggesting') : null;
    const toggle = (id: 'bold' | 'italic' | 'bulletList' | 'orderedList', run: () => boolean): ToolbarItem => ({
      id,
      label: t(`editorToolbar.${id}`),
      icon: id,
      shortcut: SHORTCUTS[id],
      pressed: state[id],
      unavailable: notNow,
      onPress: run,
    });
    items.push(
      toggle('bold', () => editor.chain().focus().toggleBold().run()),
      toggle('italic', () => editor.chain().focus().toggleItalic().run()),
      toggle('bulletList', () => editor.chain().focus().toggleBulletList().run()),
      toggle('orderedList', () => editor.chain().focus().toggleOrderedList().run()),
      { id: 'link', label: t('editorToolbar.link'), icon: 'link', shortcut: SHORTCUTS.link, pressed: state.link, opensDialog: true, unavailable: notNow, onPress: onLink },
      {
        id: 'undo',
        label: t('editorToolbar.undo'),
        icon: 'undo',
        shortcut: SHORTCUTS.undo,
        unavailable: notNow ?? (state.canUndo ? null : t('editorToolbar.unavailable.nothingToUndo')),
        onPress: () => editor.chain().focus().undo().run(),
      },
      {
        id: 'redo',
        label: t('editorToolbar.redo'),
        icon: 'redo',
        shortcut: SHORTCUTS.redo,
        unavailable: notNow ?? (state.canRedo ? null : t('editorToolbar.unavailable.nothingToRedo')),
        onPress: () => editor.chain().focus().redo().run(),
      },
    );
  }
  if (discussion?.canComment) {
    items.push({
      id: 'comment',
      label: t('editorToolbar.comment'),
      icon: 'comment',
      shortcut: SHORTCUTS.comment,
      showLabel: true,
      unavailable: state.empty ? t('editorToolbar.unavailable.noSelection') : null,
      onPress: onComment,
    });
  }
  if (discussion?.canSuggest) {
    const forced = !editsDirectly(discussion.role, discussion.view?.settings ?? DEFAULT_DISCUSSION_SETTINGS);
    items.push({
      id: 'suggest',
      label: t('editorToolbar.suggesting'),
      icon: 'suggest',
      showLabel: true,
      pressed: suggesting,
      unavailable: forced ? t('editorToolbar.unavailable.suggestOnly') : null,
      onPress: () => {
        const next = suggesting ? 'editing' : 'suggesting';
        discussion.setMode(next);
        announce(t(`editorToolbar.mode.${next}`));
      },
    });
  }
  if (items.length === 0) return null;

  const tabStop = clampIndex(active, items.length);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      // WCAG 1.4.13: the first Escape hides the tip (it covers the text) and focus stays put.
      if (tip) setTip(null);
      else editor.commands.focus();
      return;
    }
    const next = rovingIndex(tabStop, event.key, items.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label={t('editorToolbar.label', { field: fieldLabel })}
      aria-orientation="horizontal"
      className="doc-toolbar"
      onKeyDown={onKeyDown}
    >
      <div className="doc-toolbar-row">
        {items.map((item, index) => (
          <ToolbarButton
            key={item.id}
            // Once used, the tip has said its piece: it gets out of the way of the text it changed.
            item={{
              ...item,
              onPress: () => {
                setTip(null);
                item.onPress();
              },
            }}
            tabStop={index === tabStop}
            apple={apple}
            buttonRef={(element) => {
              buttons.current[index] = element;
            }}
            onFocus={(focusTip) => {
              setActive(index);
              setTip(focusTip);
            }}
            onBlur={() => setTip(null)}
          />
        ))}
      </div>
      {tip && (
        // Outside the scrolling row, so it is not cut off; the button's own name is what is read.
        <div className="doc-toolbar-tip" aria-hidden="true">
          {tip}
        </div>
      )}
    </div>
  );
}
