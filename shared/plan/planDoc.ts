import * as Y from 'yjs';
import { ItemKeys, PlanKeys } from './keys';
import { isFragment, isPlainText } from './schema/yTypes';

/** A focus area or strategy as stored: a Y.Map whose fields are listed in `ItemKeys`. */
export type ItemMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PlanKeys.meta);
}

export function focusAreasMap(doc: Y.Doc): Y.Map<ItemMap> {
  return doc.getMap<ItemMap>(PlanKeys.focusAreas);
}

export function purposeFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(PlanKeys.purpose);
}

/**
 * The title lives in a Y.Text created on first use. Two replicas that create it concurrently
 * would each set a different Y.Text under the same key and one would win, losing the other's
 * typing, so documents are given their title text when they are created (see `initPlan`).
 */
export function titleText(doc: Y.Doc): Y.Text {
  const meta = metaMap(doc);
  const existing = meta.get('title');
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  meta.set('title', text);
  return text;
}

export function municipality(doc: Y.Doc): string {
  const value = metaMap(doc).get('municipality');
  return typeof value === 'string' ? value : '';
}

export function setMunicipality(doc: Y.Doc, name: string): void {
  metaMap(doc).set('municipality', name);
}

/** Fills an empty document with its fixed structure; call once, on the server, at creation. */
export function initPlan(doc: Y.Doc, init: { title: string; municipality: string }): void {
  doc.transact(() => {
    const title = titleText(doc);
    if (title.length === 0) title.insert(0, init.title);
    setMunicipality(doc, init.municipality);
  });
}

export function readString(map: ItemMap, key: string): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : '';
}

/** An item's text field, or null when it holds something else (a damaged document). */
export function readText(map: ItemMap, key: typeof ItemKeys.title): Y.Text | null {
  const value = map.get(key);
  return isPlainText(value) ? value : null;
}

/** An item's rich-text body, or null when it holds something else (a damaged document). */
export function readFragment(map: ItemMap): Y.XmlFragment | null {
  const value = map.get(ItemKeys.body);
  return isFragment(value) ? value : null;
}

/** The title as plain text, without creating anything in a document that lacks one. */
export function readTitle(doc: Y.Doc): string {
  const value = metaMap(doc).get('title');
  // A title stored as a plain string (a damaged document) is still the title people wrote.
  if (typeof value === 'string') return value;
  return value instanceof Y.Text ? value.toString() : '';
}
