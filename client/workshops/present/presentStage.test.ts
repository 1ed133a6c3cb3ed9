import { describe, expect, it } from 'vitest';
import type { Activity, BrainstormActivity, ClusterActivity } from '../../../shared/workshop/types';
import { cluster, note, person, testView } from '../board/testView';
import { joinedCount, percentOf, presentBoard, presentStage, stageKey } from './presentStage';

const brainstorm = (extra: Partial<BrainstormActivity> = {}): BrainstormActivity => ({
  id: 'b1',
  kind: 'brainstorm',
  position: 'a',
  prompt: 'What?',
  timeboxMinutes: null,
  state: 'active',
  notesRevealed: true,
  clusteringBy: 'facilitators',
  ...extra,
});

const clustering: ClusterActivity = {
  id: 'c-act',
  kind: 'cluster',
  position: 'b',
  prompt: 'Sort them',
  timeboxMinutes: null,
  state: 'active',
  sourceActivityId: 'b1',
  clusteringBy: 'facilitators',
};

function at(
  status: 'draft' | 'running' | 'ended',
  agenda: Activity[],
  currentActivityId: string | null,
) {
  const view = testView({ agenda });
  return { ...view, meta: { ...view.meta, status, currentActivityId } };
}

describe('what the projector shows', () => {
  it('shows the join screen before the workshop starts, and before its activity starts', () => {
    expect(presentStage(at('draft', [brainstorm({ state: 'pending' })], null))).toEqual({
      stage: 'joining',
    });
    expect(presentStage(at('running', [brainstorm({ state: 'pending' })], null))).toEqual({
      stage: 'joining',
    });
    expect(presentStage(at('running', [brainstorm({ state: 'pending' })], 'b1'))).toEqual({
      stage: 'joining',
    });
  });

  it('follows the current activity once it runs, and keeps a finished one up until the next', () => {
    const active = brainstorm();
    expect(presentStage(at('running', [active], 'b1'))).toEqual({
      stage: 'activity',
      activity: active,
    });
    const done = brainstorm({ state: 'done' });
    expect(presentStage(at('running', [done], 'b1'))).toEqual({
      stage: 'activity',
      activity: done,
    });
  });

  it('says thank you once the workshop has ended, whatever was current', () => {
    expect(presentStage(at('ended', [brainstorm()], 'b1'))).toEqual({ stage: 'ended' });
  });

  it('keys a stage by the activity shown, so a new activity is told apart', () => {
    expect(stageKey({ stage: 'joining' })).toBe('joining');
    expect(stageKey({ stage: 'activity', activity: brainstorm() })).toBe('activity:b1');
    expect(stageKey({ stage: 'ended' })).toBe('ended');
  });

  it('counts the people who joined to take part, not hosts or those removed', () => {
    const view = testView({
      participants: [
        person('a'),
        person('b'),
        person('host', { facilitator: true }),
        person('gone', { removed: true }),
      ],
    });
    expect(joinedCount(view)).toBe(2);
  });
});

describe('the board on the wall', () => {
  const notes = [
    note('n1', { clusterId: 'k1' }),
    note('n2', { hidden: true, text: '' }),
    note('n3'),
    note('n4', { clusterId: 'gone' }),
    note('other', { activityId: 'b2' }),
  ];
  const clusters = [
    cluster('k1', { title: 'Trafikk' }),
    cluster('k2', { title: 'Tomt' }),
    cluster('k3', { activityId: 'b2' }),
  ];

  it("shows a revealed brainstorm's visible notes by theme, the rest as not sorted", () => {
    const view = testView({ agenda: [brainstorm()], notes, clusters });
    const board = presentBoard(view, brainstorm());
    expect(board?.themes.map((theme) => [theme.cluster.id, theme.notes.map((n) => n.id)])).toEqual([
      ['k1', ['n1']],
      ['k2', []],
    ]);
    expect(board?.unsorted.map((n) => n.id)).toEqual(['n3', 'n4']);
  });

  it('shows nothing of a brainstorm before its notes are revealed', () => {
    const hidden = brainstorm({ notesRevealed: false });
    expect(presentBoard(testView({ agenda: [hidden], notes, clusters }), hidden)).toBeNull();
    expect(
      presentBoard(testView({ agenda: [hidden, clustering], notes, clusters }), clustering),
    ).toBeNull();
  });

  it("shows a clustering activity its source brainstorm's board", () => {
    const view = testView({ agenda: [brainstorm({ state: 'done' }), clustering], notes, clusters });
    expect(presentBoard(view, clustering)?.themes.map((theme) => theme.cluster.title)).toEqual([
      'Trafikk',
      'Tomt',
    ]);
    expect(presentBoard(view, { ...clustering, sourceActivityId: null })).toBeNull();
  });

  it('has no board for a poll, a vote or a discussion', () => {
    const view = testView({ notes, clusters });
    const discussion: Activity = {
      id: 'd',
      kind: 'discussion',
      position: 'c',
      prompt: 'Talk',
      timeboxMinutes: null,
      state: 'active',
    };
    expect(presentBoard(view, discussion)).toBeNull();
  });
});

describe('poll shares', () => {
  it('rounds each share of all answers, and is 0 with none', () => {
    expect(percentOf(1, [1, 2])).toBe(33);
    expect(percentOf(2, [1, 2])).toBe(67);
    expect(percentOf(0, [0, 0])).toBe(0);
  });
});
