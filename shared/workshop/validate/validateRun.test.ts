import { describe, expect, it } from 'vitest';
import { getActivity, listActivities } from '../activities';
import { readMeta, readTimer } from '../publicDoc';
import { createWorld, HOST, idOf, ok, person, refusal, runningWorkshop } from '../testing/fixture';

describe('workshop status', () => {
  it('goes draft → running → ended, once each', () => {
    const world = createWorld(1);
    expect(refusal(world, HOST, { type: 'end' })).toBe('workshop-not-running');
    ok(world, HOST, { type: 'start' });
    expect(refusal(world, HOST, { type: 'start' })).toBe('invalid-transition');
    ok(world, HOST, { type: 'end' });
    expect(refusal(world, HOST, { type: 'end' })).toBe('workshop-ended');
    expect(refusal(world, HOST, { type: 'start' })).toBe('workshop-ended');
    expect(readMeta(world.pub).status).toBe('ended');
  });

  it('ends the running activity, the timer and breakouts at the end', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world, { people: ['kari', 'ola'] });
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm, startTimer: true });
    ok(world, HOST, { type: 'splitIntoGroups', count: 2, mode: 'random' });
    ok(world, HOST, { type: 'end' });
    expect(getActivity(world.pub, agenda.brainstorm)?.state).toBe('done');
    expect(readTimer(world.pub)).toEqual({ type: 'idle' });
  });

  it('starts the first pending activity and its timer with one command when asked', () => {
    const world = createWorld(1);
    ok(world, HOST, { type: 'join', name: 'Fasilitator' });
    const add = (activity: Parameters<typeof ok>[2] & { type: 'addActivity' }) =>
      idOf(ok(world, HOST, activity));
    const first = add({
      type: 'addActivity',
      activity: { kind: 'brainstorm', prompt: 'Først', timeboxMinutes: 5, clusteringBy: 'facilitators' },
    });
    const second = add({
      type: 'addActivity',
      activity: { kind: 'discussion', prompt: 'Så', timeboxMinutes: null },
    });
    ok(world, HOST, { type: 'start', firstActivity: true });
    expect(readMeta(world.pub)).toMatchObject({ status: 'running', currentActivityId: first });
    expect(getActivity(world.pub, first)?.state).toBe('active');
    expect(getActivity(world.pub, second)?.state).toBe('pending');
    expect(readTimer(world.pub)).toMatchObject({ type: 'running', activityId: first, durationMs: 5 * 60_000 });
  });

  it('starts no activity without the flag, and none that is not ready', () => {
    const plain = createWorld(1);
    runningWorkshop(plain);
    expect(readMeta(plain.pub).currentActivityId).toBeNull();
    expect(listActivities(plain.pub).every((activity) => activity.state === 'pending')).toBe(true);

    // A vote whose brainstorm was removed cannot run: the workshop starts, the vote waits.
    const world = createWorld(2);
    ok(world, HOST, { type: 'join', name: 'Fasilitator' });
    const brainstorm = idOf(
      ok(world, HOST, {
        type: 'addActivity',
        activity: { kind: 'brainstorm', prompt: 'Idé', timeboxMinutes: null, clusteringBy: 'facilitators' },
      }),
    );
    const vote = idOf(
      ok(world, HOST, {
        type: 'addActivity',
        index: 0,
        activity: { kind: 'vote', prompt: 'Stem', timeboxMinutes: null, sourceActivityId: brainstorm, voteOn: 'notes', votesPerPerson: 2 },
      }),
    );
    ok(world, HOST, { type: 'removeActivity', activityId: brainstorm });
    ok(world, HOST, { type: 'start', firstActivity: true });
    expect(readMeta(world.pub)).toMatchObject({ status: 'running', currentActivityId: null });
    expect(getActivity(world.pub, vote)?.state).toBe('pending');
    expect(readTimer(world.pub)).toEqual({ type: 'idle' });
  });

  it('is run by owners and facilitators only', () => {
    const world = createWorld(1);
    for (const role of ['editor', 'participant', 'observer'] as const) {
      expect(refusal(world, person('x', role), { type: 'start' })).toBe('forbidden');
    }
    ok(world, person('o', 'owner'), { type: 'start' });
  });
});

describe('activities', () => {
  it('run one at a time: starting one completes the running one', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    expect(refusal(world, HOST, { type: 'startActivity', activityId: 'nope' })).toBe(
      'unknown-activity',
    );
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    expect(refusal(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm })).toBe(
      'invalid-transition',
    );
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    const states = listActivities(world.pub).map((a) => a.state);
    expect(states).toEqual(['done', 'pending', 'pending', 'active', 'pending']);
    expect(readMeta(world.pub).currentActivityId).toBe(agenda.poll);
    ok(world, HOST, { type: 'completeActivity', activityId: agenda.poll });
    expect(refusal(world, HOST, { type: 'completeActivity', activityId: agenda.poll })).toBe(
      'activity-not-active',
    );
    expect(readMeta(world.pub).currentActivityId).toBe(agenda.poll);
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    expect(getActivity(world.pub, agenda.brainstorm)?.state).toBe('active');
  });

  it('need a running workshop to start', () => {
    const world = createWorld(1);
    expect(refusal(world, HOST, { type: 'startActivity', activityId: 'a' })).toBe(
      'workshop-not-running',
    );
  });

  it('open input again when the next one starts', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(world, HOST, { type: 'lockInput' });
    expect(readMeta(world.pub).inputLocked).toBe(true);
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    expect(readMeta(world.pub).inputLocked).toBe(false);
  });

  it('reveal notes of a brainstorm that has run, once', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    const reveal = { type: 'revealNotes', activityId: agenda.brainstorm } as const;
    expect(refusal(world, HOST, reveal)).toBe('activity-not-active');
    expect(refusal(world, HOST, { type: 'revealNotes', activityId: agenda.poll })).toBe(
      'wrong-activity-kind',
    );
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    ok(world, HOST, { type: 'completeActivity', activityId: agenda.brainstorm });
    expect(ok(world, HOST, reveal)).toEqual({
      type: 'revealed',
      activityId: agenda.brainstorm,
      count: 0,
    });
    expect(refusal(world, HOST, reveal)).toBe('already-revealed');
    expect(refusal(world, HOST, { type: 'revealVotes', activityId: agenda.brainstorm })).toBe(
      'wrong-activity-kind',
    );
    expect(refusal(world, HOST, { type: 'revealVotes', activityId: agenda.vote })).toBe(
      'activity-not-active',
    );
  });

  it('set follow-me in draft too; lock only while running', () => {
    const world = createWorld(1);
    ok(world, HOST, { type: 'setFollowMe', on: true });
    expect(readMeta(world.pub).followMe).toBe(true);
    expect(refusal(world, HOST, { type: 'lockInput' })).toBe('workshop-not-running');
    expect(refusal(world, person('p'), { type: 'setFollowMe', on: false })).toBe('forbidden');
  });
});

describe('timer', () => {
  it('starts for the running activity, pauses, resumes and takes extra minutes', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    expect(refusal(world, HOST, { type: 'timerStart', minutes: 5 })).toBe('activity-not-active');
    ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
    expect(readTimer(world.pub)).toEqual({ type: 'idle' });
    expect(refusal(world, HOST, { type: 'timerPause' })).toBe('timer-state');
    expect(refusal(world, HOST, { type: 'timerAddMinutes', minutes: 1 })).toBe('timer-state');
    ok(world, HOST, { type: 'timerStart' });
    const started = world.clock;
    expect(readTimer(world.pub)).toEqual({
      type: 'running',
      activityId: agenda.brainstorm,
      endsAt: started + 10 * 60_000,
      durationMs: 10 * 60_000,
    });
    expect(refusal(world, HOST, { type: 'timerResume' })).toBe('timer-state');
    ok(world, HOST, { type: 'timerPause' });
    const left = started + 10 * 60_000 - world.clock;
    expect(readTimer(world.pub)).toMatchObject({ type: 'paused', remainingMs: left });
    ok(world, HOST, { type: 'timerAddMinutes', minutes: 2 });
    ok(world, HOST, { type: 'timerResume' });
    expect(readTimer(world.pub)).toMatchObject({
      type: 'running',
      endsAt: world.clock + left + 2 * 60_000,
    });
    ok(world, HOST, { type: 'completeActivity', activityId: agenda.brainstorm });
    expect(readTimer(world.pub)).toEqual({ type: 'idle' });
  });

  it('starts with the activity when asked, from its timebox', () => {
    const world = createWorld(1);
    const agenda = runningWorkshop(world);
    ok(world, HOST, { type: 'startActivity', activityId: agenda.vote, startTimer: true });
    expect(readTimer(world.pub)).toMatchObject({
      type: 'running',
      activityId: agenda.vote,
      durationMs: 5 * 60_000,
    });
    expect(
      refusal(world, HOST, { type: 'startActivity', activityId: agenda.poll, startTimer: true }),
    ).toBe('activity-not-ready');
    ok(world, HOST, { type: 'startActivity', activityId: agenda.poll });
    expect(readTimer(world.pub)).toEqual({ type: 'idle' });
    expect(refusal(world, HOST, { type: 'timerStart' })).toBe('timer-state');
    ok(world, HOST, { type: 'timerStart', minutes: 1 });
  });
});
