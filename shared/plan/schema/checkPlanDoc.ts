import * as Y from 'yjs';
import { isUsable } from '../ordering';
import { IdPattern, MaxOrderKeyLength, PlanRoots, type RecordSlot, type Slot } from './planShape';
import { describeValue, joinPath, type ProblemSink, type ShapeProblem } from './problems';
import { checkRichText } from './richTextShape';
import {
  foreignItems,
  hasContent,
  hasFormattingOrEmbeds,
  isFragment,
  isPlainMap,
  isPlainText,
  isYType,
  type YContainer,
} from './yTypes';

/** Whether a string can be an item's position: a valid fractional-indexing key of sane length. */
export function isValidOrderKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MaxOrderKeyLength && isUsable(value);
}

/**
 * A root as the type its slot names. Roots carry no type in Yjs updates, so any root can be
 * read as any type; only code in this process that asked for another type first makes it throw.
 */
export function rootOf(doc: Y.Doc, name: string, slot: Slot): YContainer {
  switch (slot.kind) {
    case 'record':
    case 'collection':
      return doc.getMap(name);
    case 'richText':
      return doc.getXmlFragment(name);
    case 'text':
      return doc.getText(name);
    case 'list':
    case 'value':
    case 'string':
      return doc.getArray(name);
  }
}

/** Map-like slots keep their content under keys; the rest in the sequence. */
export function isKeyed(slot: Slot): boolean {
  return slot.kind === 'record' || slot.kind === 'collection';
}

function checkForeign(type: YContainer, keyed: boolean, path: string, report: ProblemSink): void {
  const count = foreignItems(type, keyed).length;
  if (count > 0)
    report({ path, message: `${count} ${keyed ? 'list item(s) in a map' : 'key(s) in a list'}` });
}

function checkRecord(
  map: Y.Map<unknown>,
  slot: RecordSlot,
  path: string,
  report: ProblemSink,
): void {
  checkForeign(map, true, path, report);
  map.forEach((value, key) => {
    const field = Object.hasOwn(slot.fields, key) ? slot.fields[key] : undefined;
    if (!field) report({ path: joinPath(path, key), message: `unknown key in ${slot.name}` });
    else checkValue(value, field, joinPath(path, key), report);
  });
  for (const key of slot.required) {
    if (!map.has(key)) report({ path: joinPath(path, key), message: `${slot.name} has no ${key}` });
  }
}

function checkValue(value: unknown, slot: Slot, path: string, report: ProblemSink): void {
  const wrong = (expected: string): void =>
    report({ path, message: `expected ${expected}, found ${describeValue(value)}` });
  switch (slot.kind) {
    case 'text':
      if (!isPlainText(value)) return wrong('Y.Text');
      if (value.length > slot.maxLength)
        report({ path, message: `longer than ${slot.maxLength} characters` });
      if (hasFormattingOrEmbeds(value))
        report({ path, message: 'plain text with formatting or embeds' });
      return;
    case 'richText':
      if (!isFragment(value)) return wrong('Y.XmlFragment');
      return checkRichText(value, path, report);
    case 'string':
      if (typeof value !== 'string') return wrong('a string');
      if (slot.orderKey && !isValidOrderKey(value))
        report({ path, message: 'not a valid order key' });
      else if (value.length > slot.maxLength)
        report({ path, message: `longer than ${slot.maxLength} characters` });
      return;
    case 'value':
      if (isYType(value)) return wrong('a plain value');
      if (!slot.schema.safeParse(value).success)
        report({ path, message: 'value does not fit its schema' });
      return;
    case 'record':
      if (!isPlainMap(value)) return wrong('Y.Map');
      return checkRecord(value, slot, path, report);
    case 'collection':
      if (!isPlainMap(value)) return wrong('Y.Map');
      checkForeign(value, true, path, report);
      value.forEach((item, id) => {
        const at = joinPath(path, id);
        if (!IdPattern.test(id)) report({ path: at, message: 'invalid id' });
        checkValue(item, slot.of, at, report);
        if (isPlainMap(item) && item.has('id') && item.get('id') !== id) {
          report({ path: joinPath(at, 'id'), message: 'id differs from its key' });
        }
      });
      return;
    case 'list':
      if (!(value instanceof Y.Array)) return wrong('Y.Array');
      checkForeign(value, false, path, report);
      value.toArray().forEach((element: unknown, index) => {
        if (isYType(element) || !slot.schema.safeParse(element).success) {
          report({
            path: joinPath(path, String(index)),
            message: `${describeValue(element)} does not fit the list`,
          });
        }
      });
      return;
  }
}

/** Checks one root against its slot, reporting a root this process typed differently. */
function checkRoot(doc: Y.Doc, name: string, slot: Slot, report: ProblemSink): void {
  let root: YContainer;
  try {
    root = rootOf(doc, name, slot);
  } catch {
    report({ path: name, message: 'root was opened as another type' });
    return;
  }
  checkValue(root, slot, name, report);
}

/**
 * Everything in a plan document that does not fit planShape.ts, with where it is. Pure: it only
 * reads (asking for the known roots by type, which changes no content).
 */
export function checkPlanDoc(doc: Y.Doc): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const report: ProblemSink = (problem) => problems.push(problem);
  for (const [name, type] of [...doc.share.entries()]) {
    if (!Object.hasOwn(PlanRoots, name) && hasContent(type))
      report({ path: name, message: 'unknown root' });
  }
  for (const [name, slot] of Object.entries(PlanRoots)) checkRoot(doc, name, slot, report);
  return problems;
}
