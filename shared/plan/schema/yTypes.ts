import * as Y from 'yjs';

/**
 * Exact Yjs type tests. The subclasses matter: a Y.XmlText is a Y.Text and a Y.XmlElement is a
 * Y.XmlFragment, but neither is what a plan's title or body may be (the editor would bind to
 * something that is not its document, and the exports would guess).
 */
export function isPlainText(value: unknown): value is Y.Text {
  return value instanceof Y.Text && !(value instanceof Y.XmlText);
}

export function isFragment(value: unknown): value is Y.XmlFragment {
  return value instanceof Y.XmlFragment && !(value instanceof Y.XmlElement);
}

export function isPlainMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map && !(value instanceof Y.XmlHook);
}

export function isYType(value: unknown): boolean {
  return value instanceof Y.AbstractType;
}

/** The two halves every Yjs type has, whatever its class (see `foreignItems`). */
export interface YContainer {
  _map: Map<string, Y.Item>;
  _start: Y.Item | null;
  _searchMarker: unknown[] | null;
}

/**
 * Items a type holds in the other of its two halves: Yjs types have both a keyed part (`_map`)
 * and a sequence (`_start`), and an update may write to either whatever the type is, so a Y.Map
 * can carry list content that no map reader ever sees, and a list can carry keys.
 */
export function foreignItems(type: YContainer, keyed: boolean): Y.Item[] {
  const items: Y.Item[] = [];
  if (keyed) {
    for (let item = type._start; item !== null; item = item.right) {
      if (!item.deleted) items.push(item);
    }
  } else {
    for (const item of type._map.values()) if (!item.deleted) items.push(item);
  }
  return items;
}

/** Whether a type holds anything at all (in either half); used for roots nobody should write. */
export function hasContent(type: YContainer): boolean {
  return foreignItems(type, true).length > 0 || foreignItems(type, false).length > 0;
}

/**
 * Deletes items straight through Yjs's item API, for content the typed API cannot reach (list
 * content of a map, keys of a list, anything in an unknown root). The type's search markers are
 * a position cache that such a deletion would leave stale, so they are dropped.
 */
export function deleteItems(
  transaction: Y.Transaction,
  type: YContainer,
  items: readonly Y.Item[],
): void {
  for (const item of items) if (!item.deleted) item.delete(transaction);
  if (Array.isArray(type._searchMarker)) type._searchMarker.length = 0;
}

/** The plain characters of a text, without formatting or embeds. */
export function plainCharacters(text: Y.Text): string {
  let result = '';
  for (const op of text.toDelta() as { insert?: unknown }[]) {
    if (typeof op.insert === 'string') result += op.insert;
  }
  return result;
}

/** Whether a text carries formatting or embeds, which a plain-text slot must not. */
export function hasFormattingOrEmbeds(text: Y.Text): boolean {
  return (text.toDelta() as { insert?: unknown; attributes?: object }[]).some(
    (op) =>
      typeof op.insert !== 'string' ||
      (op.attributes !== undefined && Object.keys(op.attributes).length > 0),
  );
}
