import { useEffect } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../../identity/identity';

interface Props {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: Identity;
  /** Accessible name, e.g. "Tekst for strategi 1.2"; follows renumbering without a rebuild. */
  label: string;
  editable: boolean;
  className?: string;
}

function attributesFor(label: string, editable: boolean) {
  // A contenteditable has no role of its own: give it one so its name is announced and allowed.
  return {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    spellcheck: 'true',
    ...(editable ? {} : { 'aria-readonly': 'true' }),
  };
}

/**
 * A TipTap editor bound to one Y.XmlFragment. History is Yjs' (per editor, own changes only),
 * so StarterKit's undo/redo is off. Tab leaves the editor except inside lists, where it
 * indents: TipTap's default, kept so keyboard users are never trapped.
 */
export function RichTextEditor({ fragment, awareness, user, label, editable, className }: Props) {
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false, link: { openOnClick: false } }),
        Collaboration.configure({ fragment }),
        // The caret extension only reads `provider.awareness`.
        CollaborationCaret.configure({ provider: { awareness }, user }),
      ],
      editable,
      editorProps: { attributes: attributesFor(label, editable) },
    },
    // Rebuilt only for another fragment; name, label and editability are updated in place.
    [fragment, awareness],
  );

  // Follows the person's access live: an observer, or an editor whose role just changed, cannot type.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({ editorProps: { attributes: attributesFor(label, editable) } });
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, label, editable]);

  return <EditorContent editor={editor} className={`doc-editor ${className ?? ''}`} />;
}
