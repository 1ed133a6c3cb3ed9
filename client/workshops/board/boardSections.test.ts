import { describe, expect, it } from 'vitest';
import { boardSections, moveTargets } from './boardSections';
import { cluster, group, note, testView } from './testView';

const ids = (notes: { id: string }[]) => notes.map((n) => n.id);

describe('boardSections', () => {
  it('puts notes into their clusters and the rest into "not sorted", in board order', () => {
    const view = testView({
      notes: [
        note('n1'),
        note('n2', { clusterId: 'c1' }),
        note('n3'),
        note('x', { activityId: 'b2' }),
      ],
      clusters: [cluster('c1'), cluster('c2'), cluster('other', { activityId: 'b2' })],
    });
    const [section, ...rest] = boardSections(view, 'b1', { showHidden: false });
    expect(rest).toEqual([]);
    expect(section?.groupId).toBeNull();
    expect(section?.clusters.map((c) => [c.cluster.id, ids(c.notes)])).toEqual([
      ['c1', ['n2']],
      ['c2', []],
    ]);
    expect(ids(section?.unsorted ?? [])).toEqual(['n1', 'n3']);
  });

  it('leaves hidden notes out unless the viewer moderates', () => {
    const view = testView({ notes: [note('n1', { hidden: true, text: '' }), note('n2')] });
    expect(ids(boardSections(view, 'b1', { showHidden: false })[0]?.unsorted ?? [])).toEqual([
      'n2',
    ]);
    expect(ids(boardSections(view, 'b1', { showHidden: true })[0]?.unsorted ?? [])).toEqual([
      'n1',
      'n2',
    ]);
  });

  it('treats a note whose cluster is gone as not sorted', () => {
    const view = testView({ notes: [note('n1', { clusterId: 'gone' })] });
    expect(ids(boardSections(view, 'b1', { showHidden: false })[0]?.unsorted ?? [])).toEqual([
      'n1',
    ]);
  });

  it('splits the board by breakout group: plenary first, then groups in order, open groups even when empty', () => {
    const view = testView({
      groups: [group('g1', 1), group('g2', 2), group('old', 1, { round: 0, open: false })],
      notes: [note('p1'), note('a1', { groupId: 'g1' })],
      clusters: [cluster('ca', { groupId: 'g1' })],
    });
    const sections = boardSections(view, 'b1', { showHidden: false });
    expect(sections.map((s) => s.groupId)).toEqual([null, 'g1', 'g2']);
    expect(sections[1]?.group?.number).toBe(1);
    expect(sections[2]?.unsorted).toEqual([]);
  });

  it('shows closed groups with content side by side after the groups end', () => {
    const view = testView({
      groups: [group('g1', 1, { open: false }), group('g2', 2, { open: false })],
      notes: [note('a1', { groupId: 'g1' }), note('b1', { groupId: 'g2' })],
    });
    expect(boardSections(view, 'b1', { showHidden: false }).map((s) => s.groupId)).toEqual([
      'g1',
      'g2',
    ]);
  });

  it('shows a note in the cluster it was put in, also when that is another group’s', () => {
    const view = testView({
      groups: [group('g1', 1), group('g2', 2)],
      notes: [note('a1', { groupId: 'g1', clusterId: 'cb' })],
      clusters: [cluster('cb', { groupId: 'g2' })],
    });
    const sections = boardSections(view, 'b1', { showHidden: false });
    expect(sections.find((s) => s.groupId === 'g1')?.unsorted).toEqual([]);
    expect(ids(sections.find((s) => s.groupId === 'g2')?.clusters[0]?.notes ?? [])).toEqual(['a1']);
  });

  it('gives a participant in a group only that group’s section', () => {
    const view = testView({
      groups: [group('g1', 1), group('g2', 2)],
      notes: [note('p1'), note('a1', { groupId: 'g1' }), note('b1', { groupId: 'g2' })],
    });
    const sections = boardSections(view, 'b1', { showHidden: false, onlyGroup: 'g2' });
    expect(sections.map((s) => [s.groupId, ids(s.unsorted)])).toEqual([['g2', ['b1']]]);
  });

  it('has one empty plenary section for an empty board', () => {
    expect(boardSections(testView(), 'b1', { showHidden: false })).toEqual([
      { groupId: null, group: null, clusters: [], unsorted: [] },
    ]);
  });
});

describe('moveTargets', () => {
  it('offers "not sorted" and then the section’s clusters', () => {
    const view = testView({ clusters: [cluster('c1'), cluster('c2')] });
    const section = boardSections(view, 'b1', { showHidden: false })[0];
    expect(section && moveTargets(section)).toEqual([
      { id: null, title: null },
      { id: 'c1', title: 'title c1' },
      { id: 'c2', title: 'title c2' },
    ]);
  });
});
