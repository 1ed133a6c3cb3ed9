import { describe, expect, it } from 'vitest';
import { listActivities } from '../activities';
import { WorkshopLimits as L } from '../limits';
import { createWorld, HOST, idOf, ok, person, runningWorkshop, send, type World } from '../testing/fixture';
import type { Activity } from '../types';
import { agendaToTemplate } from './agendaToTemplate';
import { applyTemplate, type AddActivity } from './applyTemplate';
import { BUILT_IN_TEMPLATES, localiseTemplate } from './builtInTemplates';
import { duplicateCommand } from './duplicate';
import { templateActivitiesSchema, type TemplateActivity } from './templateActivity';

const echo = (key: string) => `«${key}»`;

/** Adds through the real command path, as the lead page does over the socket. */
function adder(world: World): AddActivity {
  return (settings) => {
    const result = send(world, HOST, { type: 'addActivity', activity: settings });
    return Promise.resolve(result.ok && result.outcome.type === 'created' ? result.outcome.id : null);
  };
}

function draftWorld(): World {
  const world = createWorld();
  ok(world, HOST, { type: 'join', name: 'Fasilitator' });
  return world;
}

const byId = (agenda: Activity[], id: string | null) => agenda.find((activity) => activity.id === id);

describe('built-in templates', () => {
  it('are valid templates: every reference is to an earlier brainstorm', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(templateActivitiesSchema.safeParse(localiseTemplate(template, echo)).success).toBe(true);
    }
  });

  it('"Fokusgruppe 60 min" lasts 60 minutes and votes three times on the brainstorm', () => {
    const focus = BUILT_IN_TEMPLATES.find((t) => t.id === 'focusGroup60')!;
    const kinds = focus.activities.map((a) => a.settings.kind);
    expect(kinds).toEqual(['discussion', 'brainstorm', 'cluster', 'vote', 'poll', 'discussion']);
    expect(focus.activities.reduce((sum, a) => sum + (a.settings.timeboxMinutes ?? 0), 0)).toBe(60);
    const vote = focus.activities[3]!.settings;
    expect(vote).toMatchObject({ kind: 'vote', votesPerPerson: 3, voteOn: 'notes' });
    const poll = focus.activities[4]!.settings;
    expect(poll.kind === 'poll' && poll.options.length).toBeGreaterThanOrEqual(3);
  });

  it('localises prompts and poll options through the given translator', () => {
    const [first] = BUILT_IN_TEMPLATES;
    const localised = localiseTemplate(first!, echo);
    expect(localised[0]!.settings.prompt).toBe('«workshopTemplates.builtIn.focusGroup60.welcome»');
    const poll = localised[4]!.settings;
    expect(poll.kind === 'poll' && poll.options[0]).toBe('«workshopTemplates.builtIn.focusGroup60.agree»');
  });
});

describe('applying a template', () => {
  it("resolves references to the template's own brainstorm to the new ids, after what was there", async () => {
    const world = draftWorld();
    const before = idOf(ok(world, HOST, { type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'Før', timeboxMinutes: null, clusteringBy: 'everyone' } }));
    const focus = localiseTemplate(BUILT_IN_TEMPLATES[0]!, echo);
    expect(await applyTemplate(focus, 1, adder(world))).toEqual({ ok: true, added: 6 });
    const agenda = listActivities(world.pub);
    expect(agenda.map((a) => a.kind)).toEqual(['brainstorm', 'discussion', 'brainstorm', 'cluster', 'vote', 'poll', 'discussion']);
    const brainstorm = agenda[2]!;
    for (const dependent of [agenda[3]!, agenda[4]!]) {
      expect(dependent.kind === 'cluster' || dependent.kind === 'vote').toBe(true);
      if (dependent.kind === 'cluster' || dependent.kind === 'vote') {
        expect(dependent.sourceActivityId).toBe(brainstorm.id);
        expect(dependent.sourceActivityId).not.toBe(before);
      }
    }
    expect(agenda.every((a) => a.state === 'pending')).toBe(true);
  });

  it('refuses up front when the agenda has no room for all of it', async () => {
    const world = draftWorld();
    const template = localiseTemplate(BUILT_IN_TEMPLATES[1]!, echo);
    expect(await applyTemplate(template, L.activities - 2, adder(world))).toEqual({ ok: false, reason: 'agendaFull', added: 0 });
    expect(listActivities(world.pub)).toHaveLength(0);
  });

  it('stops at the first refusal and says how many were added', async () => {
    const template = localiseTemplate(BUILT_IN_TEMPLATES[0]!, echo);
    let calls = 0;
    const add: AddActivity = () => Promise.resolve(++calls <= 2 ? `id${calls}` : null);
    expect(await applyTemplate(template, 0, add)).toEqual({ ok: false, reason: 'refused', added: 2 });
  });
});

describe('saving an agenda as a template', () => {
  it('keeps settings only and turns references into positions, which apply again', async () => {
    const world = createWorld();
    const ids = runningWorkshop(world, { people: ['a'] });
    ok(world, HOST, { type: 'startActivity', activityId: ids.brainstorm });
    ok(world, person('a'), { type: 'addNote', activityId: ids.brainstorm, text: 'Mer lys' });
    const template = agendaToTemplate(listActivities(world.pub));
    expect(templateActivitiesSchema.safeParse(template).success).toBe(true);
    expect(template.map((a) => a.source)).toEqual([null, 0, 0, null, null]);
    expect(JSON.stringify(template)).not.toContain('Mer lys');
    expect(JSON.stringify(template)).not.toContain(ids.brainstorm);

    const second = draftWorld();
    expect(await applyTemplate(template, 0, adder(second))).toEqual({ ok: true, added: 5 });
    const copy = listActivities(second.pub);
    const vote = copy[2]!;
    expect(vote.kind === 'vote' && vote.sourceActivityId).toBe(copy[0]!.id);
    expect(copy.every((a) => a.state === 'pending')).toBe(true);
  });

  it('drops a reference to a brainstorm that is not earlier in the agenda', () => {
    const world = draftWorld();
    const brainstorm = idOf(ok(world, HOST, { type: 'addActivity', activity: { kind: 'brainstorm', prompt: 'B', timeboxMinutes: null, clusteringBy: 'everyone' } }));
    ok(world, HOST, { type: 'addActivity', index: 0, activity: { kind: 'vote', prompt: 'V', timeboxMinutes: null, sourceActivityId: brainstorm, voteOn: 'notes', votesPerPerson: 2 } });
    const template = agendaToTemplate(listActivities(world.pub));
    expect(template.map((a) => a.source)).toEqual([null, null]);
    expect(templateActivitiesSchema.safeParse(template).success).toBe(true);
  });

  it('refuses ids, forward references and references to non-brainstorms', () => {
    const brainstorm: TemplateActivity = { settings: { kind: 'brainstorm', prompt: 'B', timeboxMinutes: null, clusteringBy: 'everyone' }, source: null };
    const vote = (source: number | null, sourceActivityId: string | null = null): TemplateActivity => ({
      settings: { kind: 'vote', prompt: 'V', timeboxMinutes: null, sourceActivityId, voteOn: 'notes', votesPerPerson: 3 },
      source,
    });
    const valid = (activities: TemplateActivity[]) => templateActivitiesSchema.safeParse(activities).success;
    expect(valid([brainstorm, vote(0)])).toBe(true);
    expect(valid([vote(1), brainstorm])).toBe(false);
    expect(valid([brainstorm, vote(0, 'someid')])).toBe(false);
    expect(valid([vote(null), vote(0)])).toBe(false);
    expect(valid([{ ...brainstorm, source: 0 }])).toBe(false);
    expect(valid([])).toBe(false);
    expect(valid(Array.from({ length: L.activities + 1 }, () => brainstorm))).toBe(false);
  });
});

describe('duplicating an activity', () => {
  it('adds a pending copy with the same settings right after it, marked, without its notes', () => {
    const world = createWorld();
    const ids = runningWorkshop(world, { people: ['a'] });
    ok(world, HOST, { type: 'startActivity', activityId: ids.brainstorm });
    ok(world, person('a'), { type: 'addNote', activityId: ids.brainstorm, text: 'Mer lys' });
    ok(world, HOST, { type: 'completeActivity', activityId: ids.brainstorm });
    const agenda = listActivities(world.pub);
    const vote = byId(agenda, ids.vote)!;
    const copyId = idOf(ok(world, HOST, duplicateCommand(agenda, vote, '(kopi)')));
    const after = listActivities(world.pub);
    expect(after.map((a) => a.id).indexOf(copyId)).toBe(after.map((a) => a.id).indexOf(ids.vote) + 1);
    expect(byId(after, copyId)).toMatchObject({ kind: 'vote', prompt: `${vote.prompt} (kopi)`, state: 'pending', sourceActivityId: ids.brainstorm, votesPerPerson: 3, votesRevealed: false });

    // One that ran: the copy is fresh.
    const ran = byId(agenda, ids.brainstorm)!;
    expect(ran.state).toBe('done');
    const brainstormCopy = idOf(ok(world, HOST, duplicateCommand(listActivities(world.pub), ran, '(kopi)')));
    expect(byId(listActivities(world.pub), brainstormCopy)).toMatchObject({ kind: 'brainstorm', state: 'pending', notesRevealed: false });
    expect(listActivities(world.pub)[1]!.id).toBe(brainstormCopy);
  });

  it('shortens a long prompt so the mark fits', () => {
    const world = draftWorld();
    const id = idOf(ok(world, HOST, { type: 'addActivity', activity: { kind: 'discussion', prompt: 'x'.repeat(L.prompt), timeboxMinutes: null } }));
    const agenda = listActivities(world.pub);
    const command = duplicateCommand(agenda, byId(agenda, id)!, '(kopi)');
    expect(command.activity.prompt).toHaveLength(L.prompt);
    expect(command.activity.prompt.endsWith(' (kopi)')).toBe(true);
    ok(world, HOST, command);
  });
});
