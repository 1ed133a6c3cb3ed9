import { z } from 'zod';
import { isSafeHref } from '../../text/safeLink';
import { COMMENTS_KEY } from '../comments';
import { ItemKeys, PlanKeys } from '../keys';
import { PROVENANCE_KEY, provenanceSchema } from '../provenance';

/**
 * What may live where in a plan's Y.Doc: one definition read by the server's update check
 * (an edit is refused when it would leave the document outside this shape), by the
 * whole-document check and repair (`npm run admin -- check-docs`), and by the tolerant readers.
 *
 * A slot says which Yjs type (or plain value) a map key or root holds:
 * - `text`: a Y.Text of plain characters (no formatting, no embeds);
 * - `richText`: a Y.XmlFragment bound to the editor (elements and text of `RichTextNodes`);
 * - `string`: a plain string value, at most `maxLength` characters; `orderKey` strings must be
 *   valid fractional-indexing keys;
 * - `value`: a plain JSON value accepted by `schema`;
 * - `record`: a Y.Map with known fields, some required;
 * - `collection`: a Y.Map from an id (`IdPattern`) to records of one shape;
 * - `list`: a Y.Array of plain values accepted by `schema`.
 */
export type Slot =
  | { kind: 'text'; maxLength: number }
  | { kind: 'richText' }
  | { kind: 'string'; maxLength: number; orderKey?: boolean }
  | { kind: 'value'; schema: z.ZodType }
  | {
      kind: 'record';
      name: string;
      fields: Readonly<Record<string, Slot>>;
      required: readonly string[];
    }
  | { kind: 'collection'; of: Extract<Slot, { kind: 'record' }> }
  | { kind: 'list'; schema: z.ZodType };

export type RecordSlot = Extract<Slot, { kind: 'record' }>;

/** Ids of focus areas and strategies (`newId()` makes 20 such characters). */
export const IdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Longest order key accepted; real keys stay short even after thousands of moves. */
export const MaxOrderKeyLength = 256;

const plainText = { kind: 'text', maxLength: 2_000 } as const;
const itemId = { kind: 'string', maxLength: 64 } as const;
const orderKey = { kind: 'string', maxLength: MaxOrderKeyLength, orderKey: true } as const;
const provenance = { kind: 'value', schema: provenanceSchema } as const;

export const StrategyShape: RecordSlot = {
  kind: 'record',
  name: 'strategy',
  fields: {
    [ItemKeys.id]: itemId,
    [ItemKeys.position]: orderKey,
    [ItemKeys.body]: { kind: 'richText' },
    [PROVENANCE_KEY]: provenance,
  },
  required: [ItemKeys.id, ItemKeys.position, ItemKeys.body],
};

export const FocusAreaShape: RecordSlot = {
  kind: 'record',
  name: 'focus area',
  fields: {
    [ItemKeys.id]: itemId,
    [ItemKeys.position]: orderKey,
    [ItemKeys.title]: plainText,
    [ItemKeys.body]: { kind: 'richText' },
    [ItemKeys.strategies]: { kind: 'collection', of: StrategyShape },
    [PROVENANCE_KEY]: provenance,
  },
  required: [ItemKeys.id, ItemKeys.position, ItemKeys.title, ItemKeys.body, ItemKeys.strategies],
};

export const MetaShape: RecordSlot = {
  kind: 'record',
  name: 'meta',
  fields: {
    title: plainText,
    municipality: { kind: 'string', maxLength: 200 },
  },
  required: [],
};

/** Comments are plain objects; the reader checks each with its own schema and skips the rest. */
const commentValue = z.object({}).passthrough();

/** The root types of a plan document; any other root name is refused. */
export const PlanRoots: Readonly<Record<string, Slot>> = {
  [PlanKeys.meta]: MetaShape,
  [PlanKeys.purpose]: { kind: 'richText' },
  [PlanKeys.focusAreas]: { kind: 'collection', of: FocusAreaShape },
  [COMMENTS_KEY]: { kind: 'list', schema: commentValue },
};

/**
 * The editor's node and mark names (TipTap StarterKit as configured in
 * client/plan-editor/rich-text/RichTextEditor.tsx). Anything else in rich text is refused: the
 * editor could not show it and the exports would have to guess.
 */
export const RichTextNodes: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'hardBreak',
  'horizontalRule',
]);

export const RichTextMarks: ReadonlySet<string> = new Set([
  'bold',
  'italic',
  'strike',
  'code',
  'link',
  'underline',
]);

/** Limits inside rich text: attribute values are short plain values (heading level, link href…). */
export const MaxRichAttributeLength = 2_048;

/**
 * A mark's value beyond its name: a link must point to a web page or an e-mail address
 * (shared/text/safeLink.ts); null removes a mark and always fits.
 */
export function markValueFits(name: string, value: unknown): boolean {
  if (name !== 'link' || value === null || value === undefined) return true;
  const href = typeof value === 'object' ? (value as { href?: unknown }).href : undefined;
  return isSafeHref(href);
}
