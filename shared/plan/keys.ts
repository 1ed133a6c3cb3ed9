/**
 * Root names in a plan's Y.Doc. Changing one orphans existing documents, so they are fixed.
 *
 * doc.getMap('meta'):        title: Y.Text, municipality: string
 * doc.getXmlFragment('purpose'): rich text (ProseMirror schema of the editor)
 * doc.getMap('focusAreas'):  id → Y.Map { id, position, title: Y.Text, body: Y.XmlFragment,
 *                                           strategies: Y.Map<id → Y.Map { id, position, body }> }
 */
export const PlanKeys = {
  meta: 'meta',
  purpose: 'purpose',
  focusAreas: 'focusAreas',
} as const;

export const ItemKeys = {
  id: 'id',
  position: 'position',
  title: 'title',
  body: 'body',
  strategies: 'strategies',
} as const;
