import { describe, expect, it } from 'vitest';
import { getNote, listNotes } from '../../board';
import { resultsLabels } from '../../export/labels';
import { resultsCsv } from '../../export/resultsCsv';
import { resultsMarkdown } from '../../export/resultsMarkdown';
import { WorkshopLimits } from '../../limits';
import { openGroups } from '../../people';
import { notesMap } from '../../publicDoc';
import { readTally } from '../../tallies';
import { getActivity } from '../../activities';
import {
  createWorld,
  HOST,
  idOf,
  ok,
  person,
  refusal,
  runningWorkshop,
  type World,
} from '../../testing/fixture';
import { facilitatorAuthors } from '../../views/authors';
import { myPrivateView } from '../../views/privateView';
import { activityResults } from '../../views/results';

const nb = resultsLabels('nb');

function brainstorm(init: { anonymous?: boolean; facilitatorSeesAuthors?: boolean } = {}) {
  const world = createWorld(5, init);
  const agenda = runningWorkshop(world, { people: ['kari', 'ola'], voteOn: 'notes' });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  const forRoom = (text: string, extra: { groupId?: string | null; clientKey?: string } = {}) =>
    idOf(
      ok(world, HOST, {
        type: 'addNote',
        activityId: agenda.brainstorm,
        text,
        forRoom: true,
        ...extra,
      }),
    );
  return { world, agenda, forRoom };
}

function notesWritten(world: World, activityId: string): number {
  const activity = getActivity(world.pub, activityId);
  const tally = activity ? readTally(world.pub, activity) : null;
  return tally?.kind === 'brainstorm' ? tally.notes : -1;
}

describe('writing for the room', () => {
  it('is refused for participants and editors, with the same code whatever the activity', () => {
    const { world, agenda } = brainstorm();
    ok(world, person('eva', 'editor'), { type: 'join', name: 'Eva' });
    for (const who of [person('kari'), person('eva', 'editor')]) {
      for (const activityId of [agenda.brainstorm, agenda.poll, 'no-such-activity']) {
        expect(
          refusal(world, who, { type: 'addNote', activityId, text: 'Fra salen', forRoom: true }),
        ).toBe('forbidden');
      }
    }
    // Their own notes are still fine.
    ok(world, person('kari'), { type: 'addNote', activityId: agenda.brainstorm, text: 'Min' });
  });

  it('counts in the tally but not against the writer’s own notes', () => {
    const { world, agenda, forRoom } = brainstorm();
    ok(world, person('kari'), { type: 'addNote', activityId: agenda.brainstorm, text: 'Kari' });
    forRoom('Fra salen');
    expect(notesWritten(world, agenda.brainstorm)).toBe(2);
    for (let i = 0; i < WorkshopLimits.notesPerPersonPerActivity; i++) {
      ok(world, HOST, { type: 'addNote', activityId: agenda.brainstorm, text: `egen ${i}` });
    }
    expect(
      refusal(world, HOST, { type: 'addNote', activityId: agenda.brainstorm, text: 'en til' }),
    ).toBe('limit-reached');
    forRoom('Fortsatt mulig');
    expect(notesWritten(world, agenda.brainstorm)).toBe(
      2 + 1 + WorkshopLimits.notesPerPersonPerActivity,
    );
  });

  it('is kept apart in the writer’s private view, and a resend is recognised', () => {
    const { world, agenda, forRoom } = brainstorm();
    const id = forRoom('Fra salen', { clientKey: 'k1' });
    expect(forRoom('Fra salen', { clientKey: 'k1' })).toBe(id);
    const view = myPrivateView(world.priv, HOST.participantId);
    expect(view.notes).toEqual([]);
    expect(view.roomNotes?.map((note) => note.id)).toEqual([id]);
    expect(myPrivateView(world.priv, 'kari').roomNotes).toBeUndefined();
    expect(notesWritten(world, agenda.brainstorm)).toBe(1);
  });

  it('never shows its writer in an anonymous workshop, even to facilitators who see authors', () => {
    const { world, agenda, forRoom } = brainstorm({
      anonymous: true,
      facilitatorSeesAuthors: true,
    });
    const before = forRoom('Før avsløring');
    const kari = idOf(
      ok(world, person('kari'), { type: 'addNote', activityId: agenda.brainstorm, text: 'Kari' }),
    );
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const after = forRoom('Etter avsløring');
    for (const id of [before, after]) {
      expect(getNote(world.pub, id)).toMatchObject({ forRoom: true, authorId: null });
      expect(notesMap(world.pub).get(id)?.has('authorId')).toBe(false);
    }
    expect(notesMap(world.pub).get(kari)?.get('forRoom')).toBeUndefined();
    const authors = facilitatorAuthors(world.pub, world.priv);
    expect(authors).toEqual({ [kari]: 'kari' });
  });

  it('has no author in an open workshop either, and is marked in the exports', () => {
    const { world, agenda, forRoom } = brainstorm();
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const id = forRoom('Fra salen');
    ok(world, person('kari'), { type: 'addNote', activityId: agenda.brainstorm, text: 'Kari' });
    expect(getNote(world.pub, id)).toMatchObject({ forRoom: true, authorId: null });
    expect(facilitatorAuthors(world.pub, world.priv)).not.toHaveProperty(id);
    const csv = resultsCsv(world.pub, nb);
    expect(csv).toContain('Fra salen,0,0,Skrevet for rommet');
    expect(csv).toContain('Kari,0,0,Deltaker kari');
    expect(csv).not.toContain('Fasilitator');
    const markdown = resultsMarkdown(world.pub, nb);
    expect(markdown).toContain('- Fra salen (skrevet for rommet)');
    expect(markdown).not.toContain('Fasilitator');
  });

  it('adds a column saying only "written for the room" to an anonymous workshop’s CSV', () => {
    const { world, agenda, forRoom } = brainstorm({ anonymous: true });
    ok(world, person('kari'), { type: 'addNote', activityId: agenda.brainstorm, text: 'Kari' });
    forRoom('Fra salen');
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const lines = resultsCsv(world.pub, nb)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toMatch(/,Skrevet av$/);
    expect(lines.find((line) => line.includes('Fra salen'))).toMatch(/,Skrevet for rommet$/);
    expect(lines.find((line) => line.includes('Kari'))).toMatch(/,$/);
    expect(resultsCsv(world.pub, nb)).not.toMatch(/Deltaker|Fasilitator/);
  });

  it('is voted on and clustered like any note, using no participant’s budget', () => {
    const { world, agenda, forRoom } = brainstorm();
    const id = forRoom('Fra salen');
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const cluster = idOf(
      ok(world, HOST, { type: 'createCluster', activityId: agenda.brainstorm, title: 'Tema' }),
    );
    ok(world, HOST, { type: 'moveNote', noteId: id, clusterId: cluster });
    expect(getNote(world.pub, id)?.clusterId).toBe(cluster);
    ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
    const outcome = ok(world, person('kari'), {
      type: 'vote',
      activityId: agenda.vote,
      targetId: id,
    });
    expect(outcome).toMatchObject({ type: 'votes', used: 1, remaining: 2 });
    ok(world, HOST, { type: 'revealVotes', activityId: agenda.vote });
    const vote = activityResults(world.pub, agenda.vote);
    expect(JSON.stringify(vote)).toContain(id);
  });

  it('may go onto a breakout group’s board', () => {
    const { world, agenda, forRoom } = brainstorm();
    ok(world, HOST, { type: 'splitIntoGroups', count: 2, mode: 'random' });
    const group = openGroups(world.pub)[0]?.id ?? '';
    const id = forRoom('Fra gruppebordet', { groupId: group });
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    expect(listNotes(world.pub, agenda.brainstorm).find((note) => note.id === id)).toMatchObject({
      groupId: group,
      forRoom: true,
    });
  });
});
