import { Extension } from '@tiptap/core';
import type { BridgeRef } from './editorBridge';

/**
 * Shortcuts that open something outside the text: the link dialog (Ctrl/⌘+K), a comment on the
 * selection (Ctrl/⌘+Alt+M) and the toolbar itself (Alt+F10, the usual way into an editor's
 * toolbar from the keyboard).
 */
export function editorShortcuts(bridgeRef: BridgeRef) {
  return Extension.create({
    name: 'medverkShortcuts',
    addKeyboardShortcuts() {
      return {
        'Mod-k': () => bridgeRef.current.openLink(),
        'Mod-Alt-m': () => bridgeRef.current.comment(),
        'Alt-F10': () => bridgeRef.current.focusToolbar(),
      };
    },
  });
}
