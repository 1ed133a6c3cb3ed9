import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, commentsArray, listComments } from './comments';
import { addFocusArea } from './focusAreas';
import { addStrategy } from './strategies';

function plan() {
  const doc = new Y.Doc();
  const areaId = addFocusArea(doc, { title: 'Møteplasser' });
  const strategyId = addStrategy(doc, areaId) ?? '';
  return { doc, areaId, strategyId };
}

describe('plan comments', () => {
  it('belong to one item each, listed oldest first, with or without provenance', () => {
    const { doc, areaId, strategyId } = plan();
    addComment(doc, { itemId: strategyId, text: 'Nyere', createdAt: 20 });
    addComment(doc, { itemId: strategyId, text: 'Eldre', createdAt: 10 });
    addComment(doc, { itemId: areaId, text: 'Om området', createdAt: 5 });
    expect(listComments(doc, strategyId).map((comment) => comment.text)).toEqual(['Eldre', 'Nyere']);
    expect(listComments(doc, areaId)).toEqual([
      expect.objectContaining({ itemId: areaId, text: 'Om området', provenance: null, createdAt: 5 }),
    ]);
    expect(listComments(doc)).toHaveLength(3);
  });

  it('cannot be added to an item that does not exist', () => {
    const { doc } = plan();
    expect(addComment(doc, { itemId: 'missing', text: 'x', createdAt: 1 })).toBeNull();
    expect(commentsArray(doc).length).toBe(0);
  });

  it('skip entries someone wrote in another shape', () => {
    const { doc, areaId } = plan();
    commentsArray(doc).push([{ itemId: areaId, text: 42 }, 'tekst', null]);
    addComment(doc, { itemId: areaId, text: 'Gyldig', createdAt: 1 });
    expect(listComments(doc).map((comment) => comment.text)).toEqual(['Gyldig']);
  });

  it('converge when two replicas comment at once', () => {
    const { doc, areaId } = plan();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    addComment(doc, { itemId: areaId, text: 'Fra A', createdAt: 1 });
    addComment(other, { itemId: areaId, text: 'Fra B', createdAt: 2 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(listComments(doc).map((c) => c.text)).toEqual(['Fra A', 'Fra B']);
    expect(listComments(other)).toEqual(listComments(doc));
  });
});
