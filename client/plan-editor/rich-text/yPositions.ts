import * as Y from 'yjs';
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import { decodePosition, encodePosition, isLiveInside } from '../../../shared/discussion/anchors';

/** y-tiptap's map from Yjs types to the ProseMirror nodes that show them. */
export type NodeMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/**
 * Which neighbour a position sticks to: 0 the character after it (a range's start, an
 * insertion's place), -1 the one before (a range's end). See the discussion brief.
 */
export type Assoc = 0 | -1;

/** What turning ProseMirror positions into Yjs positions needs, read from y-tiptap's binding. */
export interface YBinding {
  fragment: Y.XmlFragment;
  mapping: NodeMapping;
}

interface SyncState {
  type?: unknown;
  binding?: { mapping?: NodeMapping } | null;
}

export function bindingOf(state: EditorState): YBinding | null {
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
  const mapping = sync?.binding?.mapping;
  return sync && sync.type instanceof Y.XmlFragment && mapping ? { fragment: sync.type, mapping } : null;
}

/**
 * The Yjs position of a ProseMirror position, sticking the way asked. y-tiptap's own helper always
 * sticks to the character before, so inside a text node the position is rebuilt from its type and
 * index; elsewhere (an empty paragraph) the helper's answer stands.
 */
export function relativeAt(pos: number, binding: YBinding, assoc: Assoc): Y.RelativePosition | null {
  const doc = binding.fragment.doc;
  if (!doc) return null;
  let helper: Y.RelativePosition;
  try {
    helper = absolutePositionToRelativePosition(pos, binding.fragment, binding.mapping) as Y.RelativePosition;
  } catch {
    return null;
  }
  const absolute = Y.createAbsolutePositionFromRelativePosition(helper, doc);
  if (!absolute) return null;
  if (absolute.type instanceof Y.XmlText) return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, assoc);
  return helper;
}

export function encodedAt(pos: number, binding: YBinding, assoc: Assoc): string | null {
  const relative = relativeAt(pos, binding, assoc);
  return relative ? encodePosition(relative) : null;
}

/**
 * The ProseMirror position of a Yjs position, or null when its text is gone or elsewhere. Text
 * positions are counted from the start of their text node: y-tiptap refuses item positions that
 * land at the very start of the document (a guard against block moves), which would hide every
 * comment on a section's first words.
 */
export function absoluteOf(position: Y.RelativePosition, binding: YBinding): number | null {
  const doc = binding.fragment.doc;
  if (!doc) return null;
  try {
    const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
    if (!absolute) return null;
    if (absolute.type instanceof Y.XmlText) {
      if (!isLiveInside(absolute.type, binding.fragment)) return null;
      const textStart = Y.createRelativePositionFromTypeIndex(absolute.type, 0, -1);
      const start = relativePositionToAbsolutePosition(doc, binding.fragment, textStart, binding.mapping);
      return start === null ? null : start + Math.min(absolute.index, absolute.type.length);
    }
    return relativePositionToAbsolutePosition(doc, binding.fragment, position, binding.mapping);
  } catch {
    return null;
  }
}

export function absoluteOfEncoded(encoded: string, binding: YBinding): number | null {
  const position = decodePosition(encoded);
  return position ? absoluteOf(position, binding) : null;
}
