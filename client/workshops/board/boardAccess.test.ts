import { describe, expect, it } from 'vitest';
import type { ClusterActivity } from '../../../shared/workshop/types';
import { mayOrganizeNow, shownBoard, viewerGroup, type BoardViewer } from './boardAccess';
import { group, person, testView } from './testView';

const participant: BoardViewer = { role: 'participant', participantId: 'me', host: false };
const editor: BoardViewer = { role: 'editor', participantId: 'ed', host: false };
const host: BoardViewer = { role: 'facilitator', participantId: 'f', host: true };

const clusterActivity: ClusterActivity = {
  id: 'c1',
  kind: 'cluster',
  position: 'b',
  prompt: 'Sort',
  timeboxMinutes: null,
  state: 'active',
  sourceActivityId: 'b1',
  clusteringBy: 'everyone',
};

describe('shownBoard', () => {
  it('shows a brainstorm’s own board only after the reveal', () => {
    const view = testView();
    const brainstorm = view.agenda[0];
    if (brainstorm?.kind !== 'brainstorm') throw new Error('fixture');
    expect(shownBoard(brainstorm)?.boardId).toBe('b1');
    expect(shownBoard({ ...brainstorm, notesRevealed: false })).toBeNull();
  });

  it('shows the source brainstorm’s board for a cluster activity, none without a source', () => {
    expect(shownBoard(clusterActivity)?.boardId).toBe('b1');
    expect(shownBoard({ ...clusterActivity, sourceActivityId: null })).toBeNull();
  });
});

describe('mayOrganizeNow', () => {
  const view = testView();
  const brainstorm = view.agenda[0];
  if (brainstorm?.kind !== 'brainstorm') throw new Error('fixture');

  it('follows clusteringBy: hosts and editors always, participants when everyone may', () => {
    expect(mayOrganizeNow(view, brainstorm, host, false)).toBe(true);
    expect(mayOrganizeNow(view, brainstorm, editor, false)).toBe(true);
    expect(mayOrganizeNow(view, brainstorm, participant, false)).toBe(false);
    expect(
      mayOrganizeNow(view, { ...brainstorm, clusteringBy: 'everyone' }, participant, false),
    ).toBe(true);
  });

  it('only for the running activity of a running workshop, and not for removed people', () => {
    const everyone = { ...brainstorm, clusteringBy: 'everyone' as const };
    expect(mayOrganizeNow(view, everyone, participant, true)).toBe(false);
    expect(mayOrganizeNow(view, { ...everyone, state: 'done' }, host, false)).toBe(false);
    const ended = testView({ meta: { ...view.meta, status: 'ended' } });
    expect(mayOrganizeNow(ended, everyone, host, false)).toBe(false);
    const moved = testView({ meta: { ...view.meta, currentActivityId: 'other' } });
    expect(mayOrganizeNow(moved, everyone, host, false)).toBe(false);
  });

  it('stops participants, not hosts, when pens are down', () => {
    const locked = testView({ meta: { ...view.meta, inputLocked: true } });
    const everyone = { ...brainstorm, clusteringBy: 'everyone' as const };
    expect(mayOrganizeNow(locked, everyone, participant, false)).toBe(false);
    expect(mayOrganizeNow(locked, everyone, host, false)).toBe(true);
  });
});

describe('viewerGroup', () => {
  it('is the open group a participant is in, and nothing for hosts, plenary or closed groups', () => {
    const view = testView({
      groups: [group('g1', 1), group('old', 1, { open: false })],
      participants: [person('me', { groupId: 'g1' }), person('f', { groupId: 'g1' })],
    });
    expect(viewerGroup(view, participant)).toBe('g1');
    expect(viewerGroup(view, host)).toBeUndefined();
    const closed = testView({ ...view, participants: [person('me', { groupId: 'old' })] });
    expect(viewerGroup(closed, participant)).toBeUndefined();
    expect(viewerGroup(view, { ...participant, participantId: null })).toBeUndefined();
  });
});
