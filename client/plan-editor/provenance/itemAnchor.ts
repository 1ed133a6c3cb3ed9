/** The anchor of an item's origin line in the plan editor, for links from a workshop's results. */
export const itemAnchor = (itemId: string) => `item-${itemId}`;
