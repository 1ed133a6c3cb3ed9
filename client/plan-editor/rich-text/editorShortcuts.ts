import { Extension } from '@tiptap/core';
import type { BridgeRef } from './editorBridge';

/**
 * Shortcuts that open something outside the text: the link dialog (Ctrl/⌘+K), a comment on the
 * selection (Ctrl/⌘+Alt+M) and the toolbar itself (Alt+F10, the usual way into an editor's
 * toolbar from the keyboard). Escape hides the toolbar, which covers what is above the text,
 * until focus leaves the editor or Alt+F10 asks for it again (WCAG 1.4.13).
 */
export function editorShortcuts(bridgeRef: BridgeRef) {
  return Extension.create({
    name: 'medverkShortcuts',
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => bridgeRef.current.openLink(),
        'Mod-Alt-m': () => bridgeRef.current.comment(),
        'Alt-F10': () => bridgeRef.current.focusToolbar(),
        Escape: () => bridgeRef.current.dismissToolbar(),
      };
    },
  });
}
