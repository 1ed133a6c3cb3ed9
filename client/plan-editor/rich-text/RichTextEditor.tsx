import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { sectionKey } from '../../../shared/discussion/sections';
import { useContentLanguage } from '../contentLanguage';
import { useDiscussionContext } from '../discussion/discussionContext';
import type { MountedHandle, MountRequest, RichTextFieldProps } from './mountRequest';
import type { MountedRichTextEditor } from './MountedRichTextEditor';
import { StaticRichText } from './StaticRichText';
import { watchZone } from './viewportZones';

interface Props extends RichTextFieldProps {
  className?: string;
}

type Editor = typeof MountedRichTextEditor;

/**
 * TipTap and ProseMirror (~125 kB gzipped) load in their own chunk, once the first field wants
 * an editor: the plan shows its text (StaticRichText) meanwhile. Shared by every field.
 */
let loaded: Editor | null = null;
let loading: Promise<Editor> | null = null;
function loadEditor(): Promise<Editor> {
  loading ??= import('./MountedRichTextEditor').then((module) => (loaded = module.MountedRichTextEditor));
  // A failed load (offline before the chunk was cached) may be tried again by the next field.
  loading.catch(() => (loading = null));
  return loading;
}

// Fetched as soon as the plan editor's code runs, while the plan itself is still syncing: by
// the time the first fields want their editor, it is usually here.
if (typeof window !== 'undefined') void loadEditor().catch(() => {});

function useEditorComponent(wanted: boolean): Editor | null {
  // A function component is a function: useState and its setter must be handed it inside one.
  const [component, setComponent] = useState<Editor | null>(() => loaded);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    loadEditor().then(
      (editor) => live && setComponent(() => editor),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, component]);
  return component;
}

/**
 * Whether the field's editor should be mounted: from when it comes within a window height of
 * the visible part (or is focused, pressed, or asked for by the discussion) until it is more
 * than three window heights away, has no focus, and holds no changes the person could undo.
 */
function useMountedWhileNear(frameRef: React.RefObject<HTMLDivElement | null>, handleRef: React.RefObject<MountedHandle | null>) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const stopNear = watchZone(frame, 'near', (inside) => {
      if (inside) setMounted(true);
    });
    const stopKept = watchZone(frame, 'kept', (inside) => {
      if (inside || frame.contains(document.activeElement) || handleRef.current?.hasOwnHistory()) return;
      setMounted(false);
    });
    return () => {
      stopNear();
      stopKept();
    };
  }, [frameRef, handleRef]);
  return [mounted, setMounted] as const;
}

/**
 * A rich-text field of the plan. Mounting 166 TipTap editors took about a second, and every
 * mounted editor did work on each keystroke anywhere (issue #16), so a field is its static
 * text (same DOM, classes, role and name: no layout shift, find-in-page and screen readers
 * read it) until it nears the viewport or takes focus, and then its editor (MountedRichTextEditor)
 * replaces it in place with the caret where the person clicked or tabbed to.
 */
export function RichTextEditor(props: Props) {
  const { fragment, label, editable, section, className } = props;
  const discussion = useDiscussionContext();
  const contentLanguage = useContentLanguage();
  const suggesting = !!discussion?.canSuggest && discussion.mode === 'suggesting';
  const writable = editable || suggesting;
  const frameRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<MountedHandle | null>(null);
  const [mounted, setMounted] = useMountedWhileNear(frameRef, handleRef);
  const [request, setRequest] = useState<MountRequest | null>(null);
  const MountedEditor: ComponentType<Parameters<Editor>[0]> | null = useEditorComponent(mounted);

  const ask = useCallback(
    (next: MountRequest) => {
      // A press is followed by focus: the press says more about where the caret goes.
      setRequest((current) => (next.kind === 'focus' && current?.kind === 'point' ? current : next));
      setMounted(true);
    },
    [setMounted],
  );
  const onRequestDone = useCallback(() => setRequest(null), []);
  const onHandle = useCallback((handle: MountedHandle | null) => {
    handleRef.current = handle;
  }, []);

  // The discussion moves to a thread's text here, mounting the editor first when it is static.
  const register = discussion?.registerEditor;
  const key = sectionKey(section);
  useEffect(() => {
    if (!register) return;
    return register(key, {
      reveal: (range) => {
        if (handleRef.current) return handleRef.current.reveal(range);
        ask({ kind: 'reveal', range });
        return true;
      },
    });
  }, [register, key, ask]);

  return (
    <div ref={frameRef} className={`doc-editor-frame ${className ?? ''}`} data-rich-text-field="">
      {mounted && MountedEditor ? (
        <MountedEditor
          fragment={fragment}
          awareness={props.awareness}
          user={props.user}
          label={label}
          editable={editable}
          section={section}
          frameRef={frameRef}
          request={request}
          onRequestDone={onRequestDone}
          onHandle={onHandle}
        />
      ) : (
        <StaticRichText
          fragment={fragment}
          label={label}
          writable={writable}
          lang={contentLanguage}
          suggesting={suggesting}
          onFocus={() => ask({ kind: 'focus' })}
          onPointerDown={(event) => ask({ kind: 'point', x: event.clientX, y: event.clientY })}
        />
      )}
    </div>
  );
}
