import { describe, expect, it } from 'vitest';
import { getNote, listClusters, listNotes } from '../board';
import {
  brainstorming,
  HOST,
  idOf,
  ok,
  person,
  refusal,
  type Agenda,
  type World,
} from '../testing/fixture';

const KARI = person('kari');
const OLA = person('ola');
const EDITOR = person('eva', 'editor');


function addNote(world: World, agenda: Agenda, text = 'Flere møteplasser', actor = KARI) {
  return idOf(ok(world, actor, { type: 'addNote', activityId: agenda.brainstorm, text }));
}

describe('moveNote and clusters', () => {
  function revealed() {
    const { world, agenda } = brainstorming();
    const a = addNote(world, agenda, 'a');
    const b = addNote(world, agenda, 'b', OLA);
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    return { world, agenda, a, b };
  }

  it('in a brainstorm that leaves clustering to facilitators: hosts and editors only', () => {
    const { world, agenda, a } = revealed();
    const cluster = {
      type: 'createCluster',
      activityId: agenda.brainstorm,
      title: 'Arenaer',
    } as const;
    expect(refusal(world, KARI, cluster)).toBe('clustering-not-allowed');
    const c = idOf(ok(world, HOST, cluster));
    expect(listClusters(world.pub, agenda.brainstorm).map((x) => x.activityId)).toEqual([
      agenda.brainstorm,
    ]);
    expect(refusal(world, KARI, { type: 'moveNote', noteId: a, clusterId: c })).toBe(
      'clustering-not-allowed',
    );
    ok(world, EDITOR, { type: 'moveNote', noteId: a, clusterId: c });
    expect(getNote(world.pub, a)?.clusterId).toBe(c);
    expect(refusal(world, KARI, { type: 'renameCluster', clusterId: c, title: 'x' })).toBe(
      'clustering-not-allowed',
    );
    ok(world, EDITOR, { type: 'renameCluster', clusterId: c, title: 'Møteplasser' });
    expect(refusal(world, KARI, { type: 'deleteCluster', clusterId: c })).toBe(
      'clustering-not-allowed',
    );
  });

  it('in a cluster activity open to everyone: participants too, on the source board', () => {
    const { world, agenda, a, b } = revealed();
    ok(world, HOST, { type: 'startActivity', activityId: agenda.cluster });
    const c = idOf(
      ok(world, KARI, { type: 'createCluster', activityId: agenda.cluster, title: 'Lys' }),
    );
    expect(listClusters(world.pub, agenda.brainstorm).map((x) => x.id)).toEqual([c]);
    ok(world, KARI, { type: 'moveNote', noteId: b, clusterId: c });
    ok(world, OLA, { type: 'moveNote', noteId: a, clusterId: c, index: 0 });
    expect(listNotes(world.pub, agenda.brainstorm).map((n) => n.id)).toEqual([a, b]);
    ok(world, OLA, { type: 'moveNote', noteId: a, clusterId: null });
    expect(getNote(world.pub, a)?.clusterId).toBeNull();
    ok(world, OLA, { type: 'deleteCluster', clusterId: c });
    expect(getNote(world.pub, b)?.clusterId).toBeNull();
    expect(refusal(world, OLA, { type: 'moveNote', noteId: a, clusterId: c })).toBe(
      'unknown-cluster',
    );
  });

  it('are refused during a vote, for unrevealed notes, and across boards', () => {
    const { world, agenda, a } = revealed();
    const c = idOf(
      ok(world, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'A' }),
    );
    ok(world, HOST, { type: 'completeActivity', activityId: agenda.brainstorm });
    expect(refusal(world, HOST, { type: 'moveNote', noteId: a, clusterId: c })).toBe(
      'activity-not-active',
    );
    ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
    expect(refusal(world, HOST, { type: 'moveNote', noteId: a, clusterId: c })).toBe(
      'wrong-activity-kind',
    );
    expect(refusal(world, HOST, { type: 'renameCluster', clusterId: c, title: 'B' })).toBe(
      'wrong-activity-kind',
    );
    expect(
      refusal(world, HOST, { type: 'createCluster', activityId: agenda.vote, title: 'B' }),
    ).toBe('wrong-activity-kind');
    const other = idOf(
      ok(world, HOST, {
        type: 'addActivity',
        activity: {
          kind: 'brainstorm',
          prompt: 'Til',
          timeboxMinutes: null,
          clusteringBy: 'everyone',
        },
      }),
    );
    ok(world, HOST, { type: 'startActivity', activityId: other });
    expect(refusal(world, KARI, { type: 'moveNote', noteId: a, clusterId: null })).toBe(
      'activity-not-current',
    );
    ok(world, HOST, { type: 'revealNotes', activityId: other });
    const there = idOf(ok(world, KARI, { type: 'addNote', activityId: other, text: 'der' }));
    expect(refusal(world, KARI, { type: 'moveNote', noteId: there, clusterId: c })).toBe(
      'unknown-cluster',
    );
    expect(refusal(world, HOST, { type: 'moveNote', noteId: 'unrevealed', clusterId: null })).toBe(
      'unknown-note',
    );
  });

  it('keep a participant in a breakout to their group’s notes and clusters', () => {
    const { world, agenda } = brainstorming();
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const split = ok(world, HOST, {
      type: 'splitIntoGroups',
      count: 2,
      mode: 'manual',
      assignments: { kari: 0, ola: 1 },
    });
    if (split.type !== 'groupsCreated') throw new Error('no groups');
    const [g0, g1] = split.groupIds as [string, string];
    ok(world, HOST, { type: 'startActivity', activityId: agenda.cluster });
    const karis = addNoteIn(world, agenda, KARI);
    const olas = addNoteIn(world, agenda, OLA);
    const c0 = idOf(
      ok(world, KARI, { type: 'createCluster', activityId: agenda.cluster, title: 'K' }),
    );
    expect(listClusters(world.pub).find((c) => c.id === c0)?.groupId).toBe(g0);
    expect(
      refusal(world, KARI, {
        type: 'createCluster',
        activityId: agenda.cluster,
        title: 'K',
        groupId: g1,
      }),
    ).toBe('wrong-group');
    expect(refusal(world, KARI, { type: 'moveNote', noteId: olas, clusterId: null })).toBe(
      'wrong-group',
    );
    expect(refusal(world, OLA, { type: 'moveNote', noteId: olas, clusterId: c0 })).toBe(
      'wrong-group',
    );
    expect(refusal(world, OLA, { type: 'renameCluster', clusterId: c0, title: 'x' })).toBe(
      'wrong-group',
    );
    ok(world, KARI, { type: 'moveNote', noteId: karis, clusterId: c0 });
    ok(world, HOST, { type: 'moveNote', noteId: olas, clusterId: c0 });
    ok(world, HOST, { type: 'endGroups' });
    ok(world, OLA, { type: 'renameCluster', clusterId: c0, title: 'Alle' });
  });
});

/** Notes can be written in a cluster activity only through its brainstorm; here via reopening. */
function addNoteIn(world: World, agenda: Agenda, actor: typeof KARI): string {
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  const id = addNote(world, agenda, `fra ${actor.participantId}`, actor);
  ok(world, HOST, { type: 'startActivity', activityId: agenda.cluster });
  return id;
}
