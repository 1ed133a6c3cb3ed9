import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { formatDateTime } from '../../i18n/formatDate';
import type { BridgeRef, EditorBridge } from './editorBridge';
import { authorColor, hiddenLabel, insertElement } from './markElements';
import { arrived, sectionMarks, type SectionMark } from './sectionMarks';
import type { OutgoingPart } from './suggestionSender';
import { absoluteOfEncoded, bindingOf, type YBinding } from './yPositions';

interface MarksState {
  set: DecorationSet;
  /** This person's suggestions sent but not yet in the view: drawn meanwhile, so nothing blinks. */
  sending: OutgoingPart[];
}

/** Refresh (the view, the active thread or the mode changed), or parts sent / settled. */
export type MarksMeta = { refresh: true } | { sending: OutgoingPart[] } | { settled: string[] };

export const discussionMarksKey = new PluginKey<MarksState>('discussionMarks');

/** Whatever the editor shows from the discussion; spec.markId lets a caret or click find it. */
function decorationsOf(doc: Node, marks: SectionMark[], binding: YBinding, bridge: EditorBridge): DecorationSet {
  const { t, language } = bridge;
  const decorations: Decoration[] = [];
  const byline = (mark: Extract<SectionMark, { kind: 'insert' | 'delete' }>) =>
    mark.author && mark.createdAt !== null
      ? t('editorToolbar.marks.byline', { name: mark.author.name, time: formatDateTime(mark.createdAt, language) })
      : t('editorToolbar.marks.sending');
  for (const mark of marks) {
    if (mark.kind === 'insert') {
      const at = absoluteOfEncoded(mark.at, binding);
      if (at === null) continue;
      const look = { id: mark.id, color: mark.author ? authorColor(mark.author.id) : null, title: byline(mark), own: !mark.author, active: mark.active };
      const label = t(mark.author ? 'editorToolbar.marks.insert' : 'editorToolbar.marks.ownInsert');
      // Before the caret (negative side), and before this person's unsent text there (side -1).
      decorations.push(
        Decoration.widget(at, () => insertElement(label, mark.text, look), {
          side: -2,
          markId: mark.id,
          key: `insert-${mark.id}-${mark.active}-${language}-${look.own}`,
        }),
      );
      continue;
    }
    const from = absoluteOfEncoded(mark.start, binding);
    const to = absoluteOfEncoded(mark.end, binding);
    // A range whose text is gone is detached: the panel shows it, the text cannot.
    if (from === null || to === null || from >= to) continue;
    if (mark.kind === 'comment') {
      decorations.push(
        Decoration.inline(from, to, { class: `comment-range${mark.active ? ' is-active' : ''}`, 'data-thread-id': mark.id }, { markId: mark.id }),
      );
      continue;
    }
    const color = mark.author ? authorColor(mark.author.id) : null;
    const label = t(mark.author ? 'editorToolbar.marks.delete' : 'editorToolbar.marks.ownDelete');
    decorations.push(
      Decoration.widget(from, () => hiddenLabel(label), { side: 1, markId: mark.id, key: `delete-label-${mark.id}-${language}-${!mark.author}` }),
      Decoration.inline(
        from,
        to,
        {
          class: ['suggestion', 'suggestion-delete', mark.author ? '' : 'is-own', mark.active ? 'is-active' : ''].filter(Boolean).join(' '),
          'data-suggestion-id': mark.id,
          title: byline(mark),
          ...(color ? { style: `--suggestion-color: ${color}` } : {}),
        },
        { markId: mark.id },
      ),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** The thread or suggestion drawn at a position (the caret), if any. */
export function markIdAt(state: EditorState, pos: number): string | null {
  const set = discussionMarksKey.getState(state)?.set;
  const found = set?.find(pos, pos, (spec: { markId?: string }) => typeof spec.markId === 'string') ?? [];
  const spec = found[0]?.spec as { markId?: string } | undefined;
  return spec?.markId ?? null;
}

/**
 * Draws the open comment ranges and suggestions of the editor's section. Local edits map the
 * drawing along; a remote edit (y-tiptap rebuilds the whole document, so mapping would collapse
 * everything) and any change in the discussion recompute it from the Yjs positions, which are
 * only this section's few items.
 */
export function discussionMarksExtension(bridgeRef: BridgeRef) {
  return Extension.create({
    name: 'discussionMarks',
    addProseMirrorPlugins() {
      return [
        new Plugin<MarksState>({
          key: discussionMarksKey,
          state: {
            init: () => ({ set: DecorationSet.empty, sending: [] }),
            apply(tr, value, oldState): MarksState {
              const meta = tr.getMeta(discussionMarksKey) as MarksMeta | undefined;
              const remote = tr.docChanged && tr.getMeta(ySyncPluginKey) !== undefined;
              if (!meta && !remote) return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
              const bridge = bridgeRef.current;
              const view = bridge.discussion?.view ?? null;
              let sending = value.sending;
              if (meta && 'sending' in meta) sending = [...sending, ...meta.sending];
              if (meta && 'settled' in meta) sending = sending.filter((part) => !meta.settled.includes(part.id));
              if (arrived(view, sending)) {
                const stored = new Set(view!.suggestions.map((suggestion) => suggestion.id));
                sending = sending.filter((part) => !stored.has(part.id));
              }
              const binding = bindingOf(oldState);
              if (!binding) return { set: DecorationSet.empty, sending };
              const marks = sectionMarks(view, bridge.section, sending, bridge.discussion?.activeId ?? null);
              return { set: decorationsOf(tr.doc, marks, binding, bridge), sending };
            },
          },
          props: {
            decorations: (state) => discussionMarksKey.getState(state)?.set,
            handleDOMEvents: {
              // A DOM listener, not handleClick: it also hears clicks on the (uneditable) widgets.
              click: (_view, event) => {
                const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-thread-id], [data-suggestion-id]') : null;
                const id = target?.dataset.threadId ?? target?.dataset.suggestionId;
                if (id) bridgeRef.current.discussion?.setActiveId(id);
                return false;
              },
            },
          },
        }),
      ];
    },
  });
}
