import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { SectionRef } from '../../../shared/discussion/types';
import { useAnnounce } from '../../ui/announcerContext';
import { useContentLanguage } from '../contentLanguage';
import { useDiscussionContext, type DiscussionContextValue } from '../discussion/discussionContext';
import { discussionMarksExtension, discussionMarksKey, type MarksMeta } from './discussionMarks';
import { dispatchLater, readPage } from './dispatchLater';
import type { BridgeRef } from './editorBridge';
import { editorShortcuts } from './editorShortcuts';
import { FormattingToolbar } from './FormattingToolbar';
import { LinkDialog } from './LinkDialog';
import { LinkClickGuard, SafeLink } from './safeLinks';
import { sectionMarks } from './sectionMarks';
import { selectionAnchor } from './selectionAnchor';
import { suggestingExtension } from './suggestingExtension';
import { fieldAwareness } from './fieldAwareness';
import type { MountedHandle, MountRequest, RichTextFieldProps } from './mountRequest';
import { revealRange } from './useEditorHandle';
import { useStickyHeaderHeight } from './useStickyHeaderHeight';
import { bindingOf } from './yPositions';

interface Props extends RichTextFieldProps {
  /** The field's frame (LazyRichText's): focus inside it shows the toolbar. */
  frameRef: RefObject<HTMLDivElement | null>;
  /** What brought the editor in (a click, Tab, a thread to show): carried out once it is mounted. */
  request: MountRequest | null;
  onRequestDone: () => void;
  /** The editor's handle while it is mounted, null when it goes. */
  onHandle: (handle: MountedHandle | null) => void;
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

function commentOnSelection(editor: Editor, section: SectionRef, discussion: DiscussionContextValue | null): boolean {
  readPage(editor.view);
  const { state } = editor;
  const binding = bindingOf(state);
  if (!discussion?.canComment || state.selection.empty || !binding) return false;
  const anchor = selectionAnchor(state.doc, state.selection.from, state.selection.to, section, binding);
  if (!anchor) return false;
  discussion.startComment(anchor);
  return true;
}

/** Whether focus is anywhere inside the element (the text, its toolbar, the link dialog). */
function useFocusWithin(ref: RefObject<HTMLElement | null>, onChange: (inside: boolean) => void): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const enter = () => onChange(true);
    const leave = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) onChange(false);
    };
    element.addEventListener('focusin', enter);
    element.addEventListener('focusout', leave);
    return () => {
      element.removeEventListener('focusin', enter);
      element.removeEventListener('focusout', leave);
    };
  }, [ref, onChange]);
}

/** Whether this editor holds changes the person could still undo (Yjs' undo manager, per editor). */
function hasOwnHistory(editor: Editor): boolean {
  if (editor.isDestroyed) return false;
  const state = yUndoPluginKey.getState(editor.state) as { undoManager?: { undoStack: unknown[]; redoStack: unknown[] } } | undefined;
  const manager = state?.undoManager;
  return !!manager && (manager.undoStack.length > 0 || manager.redoStack.length > 0);
}

/** Hands LazyRichText what it needs of the mounted editor (the discussion's reveal, whether it may go). */
function useMountedHandle(editor: Editor | null, onHandle: (handle: MountedHandle | null) => void): void {
  useEffect(() => {
    if (!editor) return;
    onHandle({ reveal: (range) => revealRange(editor, range), hasOwnHistory: () => hasOwnHistory(editor) });
    return () => onHandle(null);
  }, [editor, onHandle]);
}

/** Puts the caret where the person clicked, at the start after Tab, or on the thread's range. */
function carryOut(editor: Editor, request: MountRequest): void {
  if (editor.isDestroyed) return;
  if (request.kind === 'reveal') {
    if (revealRange(editor, request.range)) return;
    // The range is gone: the section's text is the next best place, as the registry does.
    editor.view.dom.scrollIntoView({ block: 'center' });
    if (editor.isEditable) editor.commands.focus('start', { scrollIntoView: false });
    return;
  }
  if (!editor.isEditable) return;
  if (request.kind === 'point') {
    // A click that went straight to the new editor (it mounted under the pointer) has placed the caret already.
    if (editor.view.hasFocus()) return;
    const at = editor.view.posAtCoords({ left: request.x, top: request.y });
    editor.commands.focus(at ? at.pos : 'start', { scrollIntoView: false });
    return;
  }
  editor.commands.focus('start', { scrollIntoView: false });
}

function useMountRequest(editor: Editor | null, request: MountRequest | null, onDone: () => void): void {
  useEffect(() => {
    if (!editor || !request) return;
    carryOut(editor, request);
    onDone();
  }, [editor, request, onDone]);
}

/**
 * A TipTap editor bound to one Y.XmlFragment, with the plan's comments and suggestions drawn in
 * it and a formatting toolbar while it has focus. History is Yjs' (per editor, own changes
 * only), so StarterKit's undo/redo is off. Tab leaves the editor except inside lists, where it
 * indents: TipTap's default, kept so keyboard users are never trapped.
 */
export function MountedRichTextEditor({ fragment, awareness, user, label, editable, section, frameRef, request, onRequestDone, onHandle }: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const discussion = useDiscussionContext();
  const contentLanguage = useContentLanguage();
  const suggesting = !!discussion?.canSuggest && discussion.mode === 'suggesting';
  // Suggesting needs keystrokes even from someone whose direct edits the server refuses.
  const writable = editable || suggesting;
  const [linkOpen, setLinkOpen] = useState(false);
  const [focused, setFocused] = useState(false);
  // Escape put the toolbar away (WCAG 1.4.13): until focus leaves the editor or Alt+F10.
  const [dismissed, setDismissed] = useState(false);
  const focusToolbarWhenShown = useRef(false);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [bridgeRef] = useState<BridgeRef>(() => ({
    current: { section, discussion, announce, t, language: i18n.language, openLink: () => false, comment: () => false, focusToolbar: () => false, dismissToolbar: () => false },
  }));

  const extensions = useMemo(
    () => [
      StarterKit.configure({ undoRedo: false, link: false }),
      SafeLink,
      LinkClickGuard,
      Collaboration.configure({ fragment }),
      // The caret extension only reads `provider.awareness`: this field's view of it, so a
      // keystroke elsewhere in the plan does not redraw this editor's carets (fieldAwareness).
      CollaborationCaret.configure({ provider: { awareness: fieldAwareness(awareness, fragment) }, user }),
      discussionMarksExtension(bridgeRef),
      suggestingExtension(bridgeRef),
      editorShortcuts(bridgeRef),
    ],
    [fragment, awareness, user, bridgeRef],
  );
  const editor = useEditor(
    { extensions, editable: writable, editorProps: { attributes: attributesFor(label, writable) } },
    // Rebuilt only for another fragment; name, label and editability are updated in place.
    [fragment, awareness],
  );

  // The plugins read this at each keystroke and redraw: keep it current (before other effects).
  useLayoutEffect(() => {
    bridgeRef.current = {
      section,
      discussion,
      announce,
      t,
      language: i18n.language,
      openLink: () => {
        if (!editor || !editable || suggesting) return false;
        // The dialog takes focus: the selection must be read before the editor loses it.
        readPage(editor.view);
        setLinkOpen(true);
        return true;
      },
      comment: () => !!editor && commentOnSelection(editor, section, discussion),
      focusToolbar: () => {
        if (dismissed) {
          // Shown again first; focus moves once it is drawn (the effect below).
          focusToolbarWhenShown.current = true;
          setDismissed(false);
          return true;
        }
        const button = toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]');
        button?.focus();
        return !!button;
      },
      dismissToolbar: () => {
        if (dismissed || !toolbarRef.current) return false;
        setDismissed(true);
        return true;
      },
    };
  });

  // Follows the person's access and mode live: an observer, or an editor whose role just changed, cannot type.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({ editorProps: { attributes: attributesFor(label, writable) } });
    if (editor.isEditable !== writable) editor.setEditable(writable);
  }, [editor, label, writable]);

  // Redraws comments and suggestions when this section's share of the discussion, the chosen
  // thread or the mode change; not for every change elsewhere in the plan.
  const view = discussion?.view ?? null;
  const activeId = discussion?.activeId ?? null;
  const mode = discussion?.mode;
  const drawn = useRef<{ editor: Editor; signature: string } | null>(null);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const signature = JSON.stringify([sectionMarks(view, section, [], activeId), mode, i18n.language]);
    if (drawn.current?.editor === editor && drawn.current.signature === signature) return;
    drawn.current = { editor, signature };
    dispatchLater(editor.view, (state) => state.tr.setMeta(discussionMarksKey, { refresh: true } satisfies MarksMeta));
  }, [editor, view, section, activeId, mode, i18n.language]);

  useMountedHandle(editor, onHandle);
  useMountRequest(editor, request, onRequestDone);
  useFocusWithin(frameRef, setFocused);
  useEffect(() => {
    if (!focused) setDismissed(false);
  }, [focused]);
  useEffect(() => {
    if (dismissed || !focusToolbarWhenShown.current) return;
    focusToolbarWhenShown.current = false;
    toolbarRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
  }, [dismissed]);

  const hasSelection = useEditorState({ editor, selector: ({ editor: current }) => !!current && !current.state.selection.empty });
  // Observers never focus the text: their toolbar (Comment) shows while they have text selected.
  const showToolbar =
    !!editor && !dismissed && (focused || linkOpen || (!writable && !!hasSelection && !!discussion?.canComment));
  const headerHeight = useStickyHeaderHeight(showToolbar);

  // The frame is LazyRichText's (it outlives this editor): the toolbar's offset is set on it here.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    if (headerHeight === null) frame.style.removeProperty('--doc-toolbar-top');
    else frame.style.setProperty('--doc-toolbar-top', `${headerHeight}px`);
    return () => {
      frame.style.removeProperty('--doc-toolbar-top');
    };
  }, [frameRef, headerHeight]);

  return (
    <>
      {showToolbar && editor && (
        <div className="doc-toolbar-dock">
          <FormattingToolbar
            editor={editor}
            fieldLabel={label}
            editable={editable}
            discussion={discussion}
            onLink={() => setLinkOpen(true)}
            onComment={() => commentOnSelection(editor, section, discussion)}
            toolbarRef={toolbarRef}
          />
        </div>
      )}
      <EditorContent
        editor={editor}
        lang={contentLanguage}
        className={`doc-editor${suggesting ? ' is-suggesting' : ''}`}
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
    </>
  );
}
