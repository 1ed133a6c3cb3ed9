import * as Y from 'yjs';
import { generateKeyBetween } from 'fractional-indexing';
import { ItemKeys } from '../keys';
import { sortByPosition } from '../ordering';
import { fragmentToJson, writeJson, type RichNode } from '../richText';
import { checkPlanDoc, isKeyed, isValidOrderKey, rootOf } from './checkPlanDoc';
import { IdPattern, PlanRoots, type RecordSlot, type Slot } from './planShape';
import type { ShapeProblem } from './problems';
import { checkRichText, richTextFromPlain, sanitizeRichText } from './richTextShape';
import {
  deleteItems,
  foreignItems,
  hasFormattingOrEmbeds,
  isFragment,
  isPlainMap,
  isPlainText,
  isYType,
  plainCharacters,
} from './yTypes';

type Scope = { tr: Y.Transaction };

/** What text a value of the wrong type still carries, so a title written as a string survives. */
function textIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Y.Text) return plainCharacters(value);
  return '';
}

/** Rich blocks a value of the wrong type still carries. */
function blocksIn(value: unknown): RichNode[] {
  if (typeof value === 'string') return richTextFromPlain(value);
  if (value instanceof Y.XmlFragment) return sanitizeRichText(fragmentToJson(value));
  if (value instanceof Y.Text) return richTextFromPlain(plainCharacters(value));
  return [];
}

function repairPlainText(text: Y.Text, maxLength: number): void {
  if (text.length <= maxLength && !hasFormattingOrEmbeds(text)) return;
  const plain = plainCharacters(text).slice(0, maxLength);
  text.delete(0, text.length);
  text.insert(0, plain);
}

function repairRichText(fragment: Y.XmlFragment, scope: Scope): void {
  deleteItems(scope.tr, fragment, foreignItems(fragment, false));
  let fits = true;
  checkRichText(fragment, '', () => (fits = false));
  if (fits) return;
  // Rich text has no stable ids below the fragment, so it is rewritten whole, as restore does.
  const blocks = sanitizeRichText(fragmentToJson(fragment));
  if (fragment.length > 0) fragment.delete(0, fragment.length);
  writeJson(fragment, blocks);
}

/** Fresh keys for positions that are missing or invalid, keeping the order readers showed. */
function repairPositions(collection: Y.Map<unknown>): void {
  const entries = sortByPosition(
    [...collection.entries()].flatMap(([id, map]) => {
      if (!isPlainMap(map)) return [];
      const position = map.get(ItemKeys.position);
      return [{ id, position: typeof position === 'string' ? position : '', map }];
    }),
  );
  let previous: string | null = null;
  entries.forEach((entry, index) => {
    if (isValidOrderKey(entry.position) && (previous === null || entry.position >= previous)) {
      previous = entry.position;
      return;
    }
    const lower = previous;
    const next = entries
      .slice(index + 1)
      .find(
        (later) => isValidOrderKey(later.position) && (lower === null || later.position > lower),
      );
    previous = generateKeyBetween(lower, next?.position ?? null);
    entry.map.set(ItemKeys.position, previous);
  });
}

function repairCollection(collection: Y.Map<unknown>, of: RecordSlot, scope: Scope): void {
  deleteItems(scope.tr, collection, foreignItems(collection, true));
  for (const [id, item] of [...collection.entries()]) {
    if (!IdPattern.test(id) || !isPlainMap(item)) {
      collection.delete(id);
      continue;
    }
    if (item.get(ItemKeys.id) !== id) item.set(ItemKeys.id, id);
    repairRecord(item, of, scope);
  }
  repairPositions(collection);
}

function emptyValue(slot: Slot): unknown {
  switch (slot.kind) {
    case 'text':
      return new Y.Text();
    case 'richText':
      return new Y.XmlFragment();
    case 'record':
    case 'collection':
      return new Y.Map();
    default:
      return undefined;
  }
}

/** Makes one field of a record fit its slot: repaired in place, replaced, or deleted. */
function repairField(map: Y.Map<unknown>, key: string, slot: Slot, scope: Scope): void {
  const value = map.get(key);
  switch (slot.kind) {
    case 'text':
      if (isPlainText(value)) repairPlainText(value, slot.maxLength);
      else map.set(key, new Y.Text(textIn(value).slice(0, slot.maxLength)));
      return;
    case 'richText':
      if (isFragment(value)) repairRichText(value, scope);
      else {
        const blocks = blocksIn(value);
        const fragment = new Y.XmlFragment();
        map.set(key, fragment);
        writeJson(fragment, blocks);
      }
      return;
    case 'string':
      // Order keys are given fresh values by the collection, which knows the neighbours.
      if (typeof value !== 'string') {
        if (!slot.orderKey) map.delete(key);
      } else if (!slot.orderKey && value.length > slot.maxLength)
        map.set(key, value.slice(0, slot.maxLength));
      return;
    case 'value':
      if (isYType(value) || !slot.schema.safeParse(value).success) map.delete(key);
      return;
    case 'record':
      if (isPlainMap(value)) repairRecord(value, slot, scope);
      else map.set(key, new Y.Map());
      return;
    case 'collection':
      if (isPlainMap(value)) repairCollection(value, slot.of, scope);
      else map.set(key, new Y.Map());
      return;
    case 'list':
      if (!(value instanceof Y.Array)) map.delete(key);
      return;
  }
}

function repairRecord(map: Y.Map<unknown>, slot: RecordSlot, scope: Scope): void {
  deleteItems(scope.tr, map, foreignItems(map, true));
  for (const key of [...map.keys()]) {
    const field = Object.hasOwn(slot.fields, key) ? slot.fields[key] : undefined;
    if (field) repairField(map, key, field, scope);
    else map.delete(key);
  }
  for (const key of slot.required) {
    const field = slot.fields[key];
    const empty = field ? emptyValue(field) : undefined;
    if (!map.has(key) && empty !== undefined) map.set(key, empty);
  }
}

function repairList(
  list: Y.Array<unknown>,
  schema: Extract<Slot, { kind: 'list' }>['schema'],
  scope: Scope,
): void {
  deleteItems(scope.tr, list, foreignItems(list, false));
  const values = list.toArray();
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index];
    if (isYType(value) || !schema.safeParse(value).success) list.delete(index, 1);
  }
}

function repairRoot(doc: Y.Doc, name: string, slot: Slot, scope: Scope): void {
  const root = rootOf(doc, name, slot);
  deleteItems(scope.tr, root, foreignItems(root, isKeyed(slot)));
  if (slot.kind === 'record' && root instanceof Y.Map) repairRecord(root, slot, scope);
  else if (slot.kind === 'collection' && root instanceof Y.Map)
    repairCollection(root, slot.of, scope);
  else if (slot.kind === 'richText' && root instanceof Y.XmlFragment) repairRichText(root, scope);
  else if (slot.kind === 'list' && root instanceof Y.Array) repairList(root, slot.schema, scope);
}

/**
 * Makes a plan document fit planShape.ts in one transaction, as an ordinary forward change that
 * replicas merge and storage appends (history is never rewritten): junk keys, items and roots'
 * content deleted (Yjs cannot delete a root itself), missing containers created, text stored
 * under the wrong type recovered where it can be, invalid positions replaced in the same order,
 * unknown rich-text nodes unwrapped so their text stays. Returns what the check found before;
 * empty when there was nothing to do (then nothing is written). Safe inside another transaction.
 */
export function repairPlanDoc(doc: Y.Doc): ShapeProblem[] {
  const problems = checkPlanDoc(doc);
  if (problems.length === 0) return problems;
  doc.transact((tr) => {
    const scope: Scope = { tr };
    for (const [name, type] of [...doc.share.entries()]) {
      if (!Object.hasOwn(PlanRoots, name)) {
        deleteItems(tr, type, [...foreignItems(type, true), ...foreignItems(type, false)]);
      }
    }
    for (const [name, slot] of Object.entries(PlanRoots)) repairRoot(doc, name, slot, scope);
  });
  return problems;
}
