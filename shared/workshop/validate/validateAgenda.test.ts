import { describe, expect, it } from 'vitest';
import { getActivity, listActivities } from '../activities';
import { readMeta } from '../publicDoc';
import { createWorld, HOST, idOf, ok, person, refusal, runningWorkshop } from '../testing/fixture';

const OWNER = person('owner', 'owner');

describe('configure', () => {
  it('sets title, goal and date in draft and while running', () => {
    const world = createWorld(1);
    ok(world, OWNER, {
      type: 'configure',
      title: 'Fokusgruppe 1',
      goal: 'Innspill',
      date: '2025-03-04',
    });
    ok(world, HOST, { type: 'start' });
    ok(world, HOST, { type: 'configure', date: null });
    expect(readMeta(world.pub)).toMatchObject({
      title: 'Fokusgruppe 1',
      goal: 'Innspill',
      date: null,
    });
  });

  it('fixes anonymity once started, but accepts the same values again', () => {
    const world = createWorld(1);
    ok(world, HOST, { type: 'configure', anonymous: true, facilitatorSeesAuthors: true });
    ok(world, HOST, { type: 'start' });
    expect(refusal(world, HOST, { type: 'configure', anonymous: false })).toBe('anonymity-fixed');
    expect(refusal(world, HOST, { type: 'configure', facilitatorSeesAuthors: false })).toBe(
      'anonymity-fixed',
    );
    ok(world, HOST, {
      type: 'configure',
      title: 'Nytt',
      anonymous: true,
      facilitatorSeesAuthors: true,
    });
    expect(readMeta(world.pub)).toMatchObject({
      anonymous: true,
      facilitatorSeesAuthors: true,
      title: 'Nytt',
    });
  });

  it('is for owners and facilitators only', () => {
    const world = createWorld(1);
    for (const role of ['editor', 'participant', 'observer'] as const) {
      expect(refusal(world, person('x', role), { type: 'configure', title: 'x' })).toBe(
        'forbidden',
      );
    }
  });
});

describe('agenda', () => {
  it('adds activities at an index, moves them, and removes pending ones', () => {
    const world = createWorld(1);
    const add = (prompt: string, index?: number) =>
      idOf(
        ok(world, HOST, {
          type: 'addActivity',
          index,
          activity: { kind: 'discussion', prompt, timeboxMinutes: null },
        }),
      );
    const a = add('a');
    const c = add('c');
    const b = add('b', 1);
    expect(listActivities(world.pub).map((x) => x.id)).toEqual([a, b, c]);
    ok(world, HOST, { type: 'moveActivity', activityId: a, index: 2 });
    expect(listActivities(world.pub).map((x) => x.prompt)).toEqual(['b', 'c', 'a']);
    ok(world, HOST, { type: 'removeActivity', activityId: b });
    expect(listActivities(world.pub).map((x) => x.prompt)).toEqual(['c', 'a']);
    expect(refusal(world, HOST, { type: 'moveActivity', activityId: b, index: 0 })).toBe(
      'unknown-activity',
    );
  });

  it('stores each kind’s settings and nothing else', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    expect(getActivity(world.pub, agenda.vote)).toEqual({
      id: agenda.vote,
      position: expect.any(String) as string,
      kind: 'vote',
      prompt: 'Hva er viktigst?',
      timeboxMinutes: 5,
      state: 'pending',
      sourceActivityId: agenda.brainstorm,
      voteOn: 'clusters',
      votesPerPerson: 3,
      votesRevealed: false,
    });
    expect(getActivity(world.pub, agenda.poll)).toMatchObject({
      options: ['Ukentlig', 'Månedlig', 'Sjeldnere'],
      multiple: false,
    });
  });

  it('links cluster and vote activities to brainstorms only', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    const vote = (sourceActivityId: string) =>
      ({
        type: 'addActivity',
        activity: {
          kind: 'vote',
          prompt: 'p',
          timeboxMinutes: 1,
          sourceActivityId,
          voteOn: 'notes',
          votesPerPerson: 1,
        },
      }) as const;
    expect(refusal(world, HOST, vote(agenda.poll))).toBe('wrong-activity-kind');
    expect(refusal(world, HOST, vote('missing'))).toBe('unknown-activity');
    expect(
      refusal(world, HOST, {
        type: 'updateActivity',
        activityId: agenda.cluster,
        changes: { kind: 'cluster', sourceActivityId: agenda.vote },
      }),
    ).toBe('wrong-activity-kind');
  });

  it('cannot change an activity’s kind, or what input is measured against once it ran', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    expect(
      refusal(world, HOST, {
        type: 'updateActivity',
        activityId: agenda.poll,
        changes: { kind: 'vote', votesPerPerson: 2 },
      }),
    ).toBe('wrong-activity-kind');
    ok(world, HOST, {
      type: 'updateActivity',
      activityId: agenda.poll,
      changes: { kind: 'poll', options: ['Ja', 'Nei'] },
    });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    expect(
      refusal(world, HOST, {
        type: 'updateActivity',
        activityId: agenda.poll,
        changes: { kind: 'poll', options: ['Ja', 'Nei', 'Vet ikke'] },
      }),
    ).toBe('activity-started');
    ok(world, HOST, {
      type: 'updateActivity',
      activityId: agenda.poll,
      changes: { kind: 'poll', prompt: 'Ny tekst', timeboxMinutes: 3 },
    });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.vote });
    expect(
      refusal(world, HOST, {
        type: 'updateActivity',
        activityId: agenda.vote,
        changes: { kind: 'vote', voteOn: 'notes' },
      }),
    ).toBe('activity-started');
    expect(refusal(world, HOST, { type: 'removeActivity', activityId: agenda.vote })).toBe(
      'activity-started',
    );
    expect(refusal(world, HOST, { type: 'removeActivity', activityId: agenda.poll })).toBe(
      'activity-started',
    );
  });

  it('lets clustering open up to everyone mid-activity', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world, { people: ['kari'] });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(world, HOST, { type: 'revealNotes', activityId: agenda.brainstorm });
    const cluster = { type: 'createCluster', activityId: agenda.brainstorm, title: 'x' } as const;
    expect(refusal(world, person('kari'), cluster)).toBe('clustering-not-allowed');
    ok(world, HOST, {
      type: 'updateActivity',
      activityId: agenda.brainstorm,
      changes: { kind: 'brainstorm', clusteringBy: 'everyone' },
    });
    ok(world, person('kari'), cluster);
  });

  it('unlinks activities from a removed brainstorm, so they cannot start until relinked', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    ok(world, HOST, { type: 'removeActivity', activityId: agenda.brainstorm });
    expect(getActivity(world.pub, agenda.vote)).toMatchObject({ sourceActivityId: null });
    expect(refusal(world, HOST, { type: 'startActivity', activityId: agenda.vote })).toBe(
      'activity-not-ready',
    );
    expect(refusal(world, HOST, { type: 'startActivity', activityId: agenda.cluster })).toBe(
      'activity-not-ready',
    );
  });

  it('holds at most 50 activities', () => {
    const world = createWorld(1);
    const add = {
      type: 'addActivity',
      activity: { kind: 'discussion', prompt: 'p', timeboxMinutes: null },
    } as const;
    for (let i = 0; i < 50; i++) ok(world, HOST, add);
    expect(refusal(world, HOST, add)).toBe('limit-reached');
  });
});
