import * as Y from 'yjs';
import { isUsable } from '../ordering';
import { markName } from '../richText';
import {
  IdPattern,
  MaxRichAttributeLength,
  RichTextMarks,
  markValueFits,
  RichTextNodes,
  type Slot,
} from './planShape';

/** What an item holds, as Yjs types it (Item.content). */
type ItemContent = Y.Item['content'];

/**
 * Any shared type. AbstractType is generic in its event type and each concrete type has its own,
 * so only `any` lets a Y.Map and a Y.XmlFragment share one parameter.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyYType = Y.AbstractType<any>;

/**
 * Where a piece of content sits in the plan's shape: a slot of planShape, or one of the two
 * shapes inside rich text (an element and a run of text), which planShape leaves to the editor.
 */
export type Place = Slot | { kind: 'xmlElement' } | { kind: 'xmlText' };

/** Either the place of the container the content creates (null for plain values), or why not. */
export type Fit = { ok: true; place: Place | null } | { ok: false; reason: string };

const fits = (place: Place | null = null): Fit => ({ ok: true, place });
const misfit = (reason: string): Fit => ({ ok: false, reason });

type TypeKind =
  'text' | 'xmlText' | 'xmlElement' | 'xmlFragment' | 'xmlHook' | 'map' | 'array' | 'other';

/** Exact constructors: YXmlText extends YText, YXmlElement extends YXmlFragment, YXmlHook extends YMap. */
export function typeKind(type: AnyYType): TypeKind {
  switch (type.constructor) {
    case Y.XmlText:
      return 'xmlText';
    case Y.Text:
      return 'text';
    case Y.XmlElement:
      return 'xmlElement';
    case Y.XmlFragment:
      return 'xmlFragment';
    case Y.XmlHook:
      return 'xmlHook';
    case Y.Map:
      return 'map';
    case Y.Array:
      return 'array';
    default:
      return 'other';
  }
}

function describe(content: ItemContent): string {
  if (content instanceof Y.ContentType) return `a ${typeKind(content.type)} type`;
  if (content instanceof Y.ContentAny) return 'a plain value';
  if (content instanceof Y.ContentString) return 'text';
  if (content instanceof Y.ContentFormat) return 'formatting';
  return content.constructor.name;
}

/** One plain value, as Y.Map stores what `set` was given. */
function singleValue(content: ItemContent): { ok: true; value: unknown } | { ok: false } {
  if (content instanceof Y.ContentAny && content.arr.length === 1)
    return { ok: true, value: content.arr[0] };
  return { ok: false };
}

/** Whether `content` may be the value of a map key whose slot is `slot`. */
function valueFits(slot: Slot, content: ItemContent, what: string): Fit {
  if (content instanceof Y.ContentType) {
    const kind = typeKind(content.type);
    switch (slot.kind) {
      case 'text':
        return kind === 'text'
          ? fits(slot)
          : misfit(`${what} must be text, not ${describe(content)}`);
      case 'richText':
        return kind === 'xmlFragment'
          ? fits(slot)
          : misfit(`${what} must be rich text, not ${describe(content)}`);
      case 'record':
      case 'collection':
        return kind === 'map'
          ? fits(slot)
          : misfit(`${what} must be a map, not ${describe(content)}`);
      case 'list':
        return kind === 'array'
          ? fits(slot)
          : misfit(`${what} must be a list, not ${describe(content)}`);
      default:
        return misfit(`${what} must be a plain value, not ${describe(content)}`);
    }
  }
  const single = singleValue(content);
  if (slot.kind === 'string') {
    if (!single.ok || typeof single.value !== 'string') return misfit(`${what} must be a string`);
    if (single.value.length > slot.maxLength)
      return misfit(`${what} is longer than ${slot.maxLength} characters`);
    if (slot.orderKey && !isUsable(single.value)) return misfit(`${what} is not a valid order key`);
    return fits();
  }
  if (slot.kind === 'value') {
    if (!single.ok || !slot.schema.safeParse(single.value).success)
      return misfit(`${what} is not valid`);
    return fits();
  }
  const expected = {
    text: 'text',
    richText: 'rich text',
    record: 'a map',
    collection: 'a map',
    list: 'a list',
  }[slot.kind];
  return misfit(`${what} must be ${expected}, not ${describe(content)}`);
}

function isShortJson(value: unknown): boolean {
  try {
    return (JSON.stringify(value) ?? '').length <= MaxRichAttributeLength;
  } catch {
    return false;
  }
}

function richChildFits(content: ItemContent, where: string): Fit {
  if (!(content instanceof Y.ContentType))
    return misfit(`${where} holds only elements and text, not ${describe(content)}`);
  const type = content.type;
  const kind = typeKind(type);
  if (kind === 'xmlText') return fits({ kind: 'xmlText' });
  if (kind === 'xmlElement') {
    const name = (type as Y.XmlElement).nodeName;
    return RichTextNodes.has(name)
      ? fits({ kind: 'xmlElement' })
      : misfit(`the editor has no "${name}" element`);
  }
  return misfit(`${where} holds only elements and text, not ${describe(content)}`);
}

/**
 * Whether an item with `content` may sit under `key` (a map key, or null for a list position)
 * of a container at `place`. Deleted content fits anywhere its container may hold something.
 */
export function contentFits(place: Place, key: string | null, content: ItemContent): Fit {
  const deleted = content instanceof Y.ContentDeleted;
  switch (place.kind) {
    case 'record': {
      if (key === null) return misfit(`${place.name} is a map, not a list`);
      const field = place.fields[key];
      if (!field) return misfit(`${place.name} has no field "${key}"`);
      return deleted ? fits() : valueFits(field, content, `${place.name} ${key}`);
    }
    case 'collection':
      if (key === null) return misfit(`${place.of.name} entries are keyed by id`);
      if (!IdPattern.test(key))
        return misfit(`"${key.slice(0, 80)}" is not a valid ${place.of.name} id`);
      return deleted ? fits() : valueFits(place.of, content, `${place.of.name} ${key}`);
    case 'list':
      if (key !== null) return misfit('a list has no keys');
      if (deleted) return fits();
      if (
        !(content instanceof Y.ContentAny) ||
        !content.arr.every((value) => place.schema.safeParse(value).success)
      ) {
        return misfit('a list entry is not valid');
      }
      return fits();
    case 'text':
      if (key !== null) return misfit('text has no keys');
      if (deleted || content instanceof Y.ContentString) return fits();
      return misfit(`plain text cannot hold ${describe(content)}`);
    case 'richText':
      if (key !== null) return misfit('rich text has no keys');
      return deleted ? fits() : richChildFits(content, 'rich text');
    case 'xmlElement':
      if (key === null) return deleted ? fits() : richChildFits(content, 'an element');
      if (deleted) return fits();
      {
        const single = singleValue(content);
        return single.ok && isShortJson(single.value)
          ? fits()
          : misfit(`attribute "${key.slice(0, 80)}" is not a short plain value`);
      }
    case 'xmlText':
      if (key !== null) return misfit('a text run has no keys');
      if (deleted || content instanceof Y.ContentString) return fits();
      if (content instanceof Y.ContentFormat) {
        if (!RichTextMarks.has(markName(content.key)))
          return misfit(`the editor has no "${content.key.slice(0, 80)}" mark`);
        if (!markValueFits(markName(content.key), content.value))
          return misfit('a link may point only to an http, https or mailto address');
        return isShortJson(content.value)
          ? fits()
          : misfit(`mark "${content.key}" has too large attributes`);
      }
      return misfit(`a text run cannot hold ${describe(content)}`);
    default:
      return misfit(`${place.kind} cannot hold ${describe(content)}`);
  }
}
