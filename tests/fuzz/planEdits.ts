import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import {
  addFocusArea,
  deleteFocusArea,
  listFocusAreas,
  moveFocusArea,
  renameFocusArea,
} from '../../shared/plan/focusAreas';
import { purposeFragment, titleText } from '../../shared/plan/planDoc';
import { writeParagraphs } from '../../shared/plan/richText';
import {
  addStrategy,
  deleteStrategy,
  listStrategies,
  moveStrategy,
} from '../../shared/plan/strategies';
import { applyTextChange } from '../../shared/text/textDiff';

/**
 * Random edits a person makes through the plan model (shared/plan), each in its own
 * transaction as the editor makes them: structure changes, renames, typing into rich text.
 */

const FRAGMENTS = ['æøå', 'Ærlig', 'frivillighet', ' ', '😀', 'lag', 'ø', 'medborgerskap '];

export interface EditContext {
  gen: prng.PRNG;
  /** A fresh id for a new focus area or strategy (unique across the whole run). */
  newId(prefix: string): string;
}

function textEdit(gen: prng.PRNG, text: string): string {
  const chars = Array.from(text);
  const at = prng.int32(gen, 0, chars.length);
  if (chars.length > 0 && prng.bool(gen))
    chars.splice(Math.min(at, chars.length - 1), prng.int32(gen, 1, 3));
  else chars.splice(at, 0, prng.oneOf(gen, FRAGMENTS));
  return chars.join('');
}

function pickArea(gen: prng.PRNG, doc: Y.Doc) {
  const areas = listFocusAreas(doc);
  return areas.length > 0 ? prng.oneOf(gen, areas) : null;
}

function pickStrategy(gen: prng.PRNG, doc: Y.Doc) {
  const all = listFocusAreas(doc).flatMap((area) =>
    listStrategies(doc, area.id).map((s) => ({ area: area.id, ...s })),
  );
  return all.length > 0 ? prng.oneOf(gen, all) : null;
}

/** A rich-text fragment of the plan: the purpose, a focus area's body or a strategy's. */
function pickFragment(gen: prng.PRNG, doc: Y.Doc): Y.XmlFragment {
  const which = prng.int32(gen, 0, 2);
  if (which === 1) {
    const area = pickArea(gen, doc);
    if (area) return area.body;
  }
  if (which === 2) {
    const strategy = pickStrategy(gen, doc);
    if (strategy) return strategy.body;
  }
  return purposeFragment(doc);
}

/** The text runs inside a fragment's paragraphs, where a person's caret can be. */
function textRuns(fragment: Y.XmlFragment): Y.XmlText[] {
  const runs: Y.XmlText[] = [];
  for (const block of fragment.toArray()) {
    if (block instanceof Y.XmlElement)
      for (const child of block.toArray()) if (child instanceof Y.XmlText) runs.push(child);
  }
  return runs;
}

/** Types or deletes a few characters in a paragraph, or starts a new paragraph. */
function typeInto(gen: prng.PRNG, fragment: Y.XmlFragment): void {
  const runs = textRuns(fragment);
  if (runs.length === 0 || prng.int32(gen, 0, 5) === 0) {
    writeParagraphs(fragment, [`${prng.word(gen, 1, 8)} ${prng.oneOf(gen, FRAGMENTS)}`]);
    return;
  }
  const run = prng.oneOf(gen, runs);
  // By code points, so no emoji is cut in half (Yjs counts UTF-16 code units).
  const delta = run.toDelta() as { insert?: unknown }[];
  const chars = Array.from(
    delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join(''),
  );
  const at = prng.int32(gen, 0, chars.length);
  const offset = chars.slice(0, at).join('').length;
  const char = chars[at];
  if (char !== undefined && prng.int32(gen, 0, 3) === 0) run.delete(offset, char.length);
  else run.insert(offset, prng.oneOf(gen, FRAGMENTS));
}

const edits = {
  addArea(context: EditContext, doc: Y.Doc) {
    const index = prng.int32(context.gen, 0, listFocusAreas(doc).length);
    addFocusArea(doc, { id: context.newId('area'), title: prng.word(context.gen, 1, 12), index });
  },
  renameArea({ gen }: EditContext, doc: Y.Doc) {
    const area = pickArea(gen, doc);
    if (area) renameFocusArea(doc, area.id, textEdit(gen, area.title.toString()));
  },
  moveArea({ gen }: EditContext, doc: Y.Doc) {
    const area = pickArea(gen, doc);
    if (area) moveFocusArea(doc, area.id, prng.int32(gen, 0, listFocusAreas(doc).length - 1));
  },
  deleteArea({ gen }: EditContext, doc: Y.Doc) {
    const area = pickArea(gen, doc);
    if (area) deleteFocusArea(doc, area.id);
  },
  addStrategy(context: EditContext, doc: Y.Doc) {
    const area = pickArea(context.gen, doc);
    if (!area) return;
    const index = prng.int32(context.gen, 0, listStrategies(doc, area.id).length);
    addStrategy(doc, area.id, { id: context.newId('strategy'), index });
  },
  moveStrategy({ gen }: EditContext, doc: Y.Doc) {
    const strategy = pickStrategy(gen, doc);
    if (strategy)
      moveStrategy(
        doc,
        strategy.area,
        strategy.id,
        prng.int32(gen, 0, listStrategies(doc, strategy.area).length - 1),
      );
  },
  deleteStrategy({ gen }: EditContext, doc: Y.Doc) {
    const strategy = pickStrategy(gen, doc);
    if (strategy) deleteStrategy(doc, strategy.area, strategy.id);
  },
  /** A few keystrokes, each its own update, as an editor sends them. */
  type({ gen }: EditContext, doc: Y.Doc) {
    const fragment = pickFragment(gen, doc);
    const strokes = prng.int32(gen, 1, 6);
    for (let stroke = 0; stroke < strokes; stroke++) typeInto(gen, fragment);
  },
  editTitle({ gen }: EditContext, doc: Y.Doc) {
    const title = titleText(doc);
    applyTextChange(title, textEdit(gen, title.toString()));
  },
};

type EditName = keyof typeof edits;

/** How often each edit is drawn: typing dominates, as it does for people. */
const weights: Record<EditName, number> = {
  addArea: 3,
  renameArea: 2,
  moveArea: 2,
  deleteArea: 1,
  addStrategy: 3,
  moveStrategy: 1,
  deleteStrategy: 1,
  type: 6,
  editTitle: 1,
};

const schedule = (Object.keys(weights) as EditName[]).flatMap((name) =>
  Array.from({ length: weights[name] }, () => name),
);

/** Makes one random edit to `doc`; returns its name for the trace. */
export function randomEdit(context: EditContext, doc: Y.Doc): EditName {
  const name = prng.oneOf(context.gen, schedule);
  edits[name](context, doc);
  return name;
}
