import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Extension } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { RichNode } from '../../shared/plan/richText';
import { FormattingToolbar } from '../plan-editor/rich-text/FormattingToolbar';
import { LinkDialog } from '../plan-editor/rich-text/LinkDialog';
import { LinkClickGuard, SafeLink } from '../plan-editor/rich-text/safeLinks';

/** A contenteditable has no role of its own: give it one, with its label and state. */
function attributesFor(labelId: string, describedBy: string | undefined, invalid: boolean) {
  return {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': labelId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(invalid ? { 'aria-invalid': 'true' } : {}),
    spellcheck: 'true',
  };
}

interface Props {
  /** The intro as stored; read once, when the editor is made. */
  initial: readonly RichNode[];
  onChange: (blocks: RichNode[]) => void;
  /** The visible label's id and the ids that describe the field (hint, error). */
  labelId: string;
  describedBy?: string;
  invalid: boolean;
}

/**
 * The public page's intro: a small TipTap editor with the plan editor's formatting toolbar and
 * link dialog, without collaboration (only the owner writes it, and it is saved with the form).
 * The toolbar stays in view above the text rather than floating, since the page has no sticky
 * header to dock under. Ctrl/⌘+K opens the link dialog and Alt+F10 moves to the toolbar, as in
 * the plan editor.
 */
export function IntroEditor({ initial, onChange, labelId, describedBy, invalid }: Props) {
  const { t } = useTranslation();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [initialContent] = useState(() => ({
    type: 'doc',
    content: initial.length > 0 ? [...initial] : [{ type: 'paragraph' }],
  }));
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    changed.current = onChange;
  });

  const extensions = useMemo(
    () => [
      StarterKit.configure({ link: false }),
      SafeLink,
      LinkClickGuard,
      Extension.create({
        name: 'introShortcuts',
        addKeyboardShortcuts() {
          return {
            'Mod-k': () => {
              setLinkOpen(true);
              return true;
            },
            'Alt-F10': () => {
              const button = toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]');
              button?.focus();
              return !!button;
            },
          };
        },
      }),
    ],
    [],
  );
  const editor = useEditor(
    {
      extensions,
      content: initialContent,
      editorProps: { attributes: attributesFor(labelId, describedBy, invalid) },
      onUpdate: ({ editor: current }) => {
        changed.current((current.getJSON().content ?? []) as RichNode[]);
      },
    },
    // Made once: its content is the person's unsaved text; names and states change in place.
    [extensions],
  );
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({
      editorProps: { attributes: attributesFor(labelId, describedBy, invalid) },
    });
  }, [editor, labelId, describedBy, invalid]);

  return (
    <div className="relative flex flex-col gap-1 [&_.doc-toolbar]:static">
      {editor && (
        <FormattingToolbar
          editor={editor}
          fieldLabel={t('publicSettings.page.introLabel')}
          editable
          discussion={null}
          onLink={() => setLinkOpen(true)}
          onComment={() => {}}
          toolbarRef={toolbarRef}
        />
      )}
      <EditorContent
        editor={editor}
        className="doc-editor [&_.ProseMirror]:min-h-32 [&_.ProseMirror]:border-neutral-border-default [&_.ProseMirror]:bg-neutral-background-default"
      />
      {linkOpen && editor && (
        <LinkDialog
          editor={editor}
          onClose={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}
