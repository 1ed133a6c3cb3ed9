import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, parseCommand, type WorkshopCommandInput } from './commands';
import { WorkshopLimits as L } from './limits';
import { EXAMPLES } from './testing/examples';

function parses(input: unknown): boolean {
  return parseCommand(input).ok;
}

const note = (text: string) => ({ type: 'addNote', activityId: 'a1', text });
const many = (count: number, make: (index: number) => unknown) =>
  Array.from({ length: count }, (_, index) => make(index));

describe('workshop commands', () => {
  it('lists every command type once', () => {
    expect(new Set(COMMAND_TYPES).size).toBe(COMMAND_TYPES.length);
    expect([...COMMAND_TYPES].sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(Object.values(EXAMPLES))('parse $type', (example) => {
    const parsed = parseCommand(example);
    expect(parsed.ok && parsed.command.type).toBe(example.type);
  });

  it('refuses unknown types, unknown fields and non-objects', () => {
    expect(parses({ type: 'hack' })).toBe(false);
    expect(parses({ ...EXAMPLES.addNote, authorId: 'someone-else' })).toBe(false);
    expect(parses({ ...EXAMPLES.vote, weight: 5 })).toBe(false);
    for (const junk of [null, undefined, 'addNote', 42, [], {}]) expect(parses(junk)).toBe(false);
  });

  it('reports a bad command with its code and the field', () => {
    const result = parseCommand(note(''));
    expect(result).toMatchObject({ ok: false, code: 'bad-command' });
    expect(!result.ok && result.message).toMatch(/^text:/);
  });

  it('limits note text to 500 characters, trimmed, not empty', () => {
    expect(parses(note('x'.repeat(L.noteText)))).toBe(true);
    expect(parses(note('x'.repeat(L.noteText + 1)))).toBe(false);
    expect(parses(note(`  ${'x'.repeat(L.noteText)}  `))).toBe(true);
    expect(parses(note('   '))).toBe(false);
    expect(parseCommand(note('  Mer lys i parken \n'))).toMatchObject({
      command: { text: 'Mer lys i parken' },
    });
  });

  it('allows line breaks in notes but no other control characters', () => {
    expect(parses(note('første linje\nandre linje'))).toBe(true);
    expect(parses(note('bell\u0007'))).toBe(false);
    expect(parses(note('nul\u0000byte'))).toBe(false);
  });

  it('keeps names and titles on one line', () => {
    expect(parses({ type: 'join', name: 'Kari\nNordmann' })).toBe(false);
    expect(parses({ type: 'renameCluster', clusterId: 'c1', title: 'a\tb' })).toBe(false);
    expect(parses({ type: 'join', name: 'Kari 😀 Nordmann' })).toBe(true);
  });

  it.each([
    ['configure title', (n: number) => ({ type: 'configure', title: 'x'.repeat(n) }), L.title],
    [
      'cluster title',
      (n: number) => ({ ...EXAMPLES.createCluster, title: 'x'.repeat(n) }),
      L.clusterTitle,
    ],
    [
      'rename',
      (n: number) => ({ ...EXAMPLES.renameCluster, title: 'x'.repeat(n) }),
      L.clusterTitle,
    ],
    ['name', (n: number) => ({ type: 'join', name: 'x'.repeat(n) }), L.personName],
    [
      'association',
      (n: number) => ({ type: 'join', name: 'K', association: 'x'.repeat(n) }),
      L.association,
    ],
    ['goal', (n: number) => ({ type: 'configure', goal: 'x'.repeat(n) }), L.goal],
    [
      'prompt',
      (n: number) => ({
        type: 'addActivity',
        activity: { kind: 'discussion', prompt: 'x'.repeat(n), timeboxMinutes: null },
      }),
      L.prompt,
    ],
    [
      'poll option',
      (n: number) => ({
        type: 'addActivity',
        activity: {
          kind: 'poll',
          prompt: 'p',
          timeboxMinutes: null,
          options: ['a', 'x'.repeat(n)],
          multiple: false,
        },
      }),
      L.pollOption,
    ],
    [
      'group name',
      (n: number) => ({ ...EXAMPLES.splitIntoGroups, names: ['x'.repeat(n)] }),
      L.groupName,
    ],
  ])('limits %s to its maximum length', (_name, make, max) => {
    expect(parses(make(max))).toBe(true);
    expect(parses(make(max + 1))).toBe(false);
  });

  it('limits counts: groups, poll options, votes per person, timebox, timer steps', () => {
    const split = (count: number) => ({ type: 'splitIntoGroups', count, mode: 'random' });
    expect(parses(split(L.groups))).toBe(true);
    expect(parses(split(L.groups + 1))).toBe(false);
    expect(parses(split(1))).toBe(false);
    const poll = (count: number) => ({
      type: 'addActivity',
      activity: {
        kind: 'poll',
        prompt: 'p',
        timeboxMinutes: null,
        options: many(count, String),
        multiple: true,
      },
    });
    expect(parses(poll(L.pollOptions))).toBe(true);
    expect(parses(poll(L.pollOptions + 1))).toBe(false);
    expect(parses(poll(1))).toBe(false);
    const vote = (votesPerPerson: number) => ({
      type: 'addActivity',
      activity: {
        kind: 'vote',
        prompt: 'p',
        timeboxMinutes: 5,
        sourceActivityId: null,
        voteOn: 'notes',
        votesPerPerson,
      },
    });
    expect(parses(vote(L.votesPerPerson))).toBe(true);
    expect(parses(vote(0))).toBe(false);
    expect(parses(vote(L.votesPerPerson + 1))).toBe(false);
    expect(parses(vote(2.5))).toBe(false);
    expect(parses({ type: 'timerStart', minutes: L.timeboxMinutes + 1 })).toBe(false);
    expect(parses({ type: 'timerStart', minutes: 0 })).toBe(false);
    expect(parses({ type: 'timerAddMinutes', minutes: 0 })).toBe(false);
    expect(parses({ type: 'timerAddMinutes', minutes: -L.addMinutes })).toBe(true);
    expect(parses({ type: 'timerAddMinutes', minutes: L.addMinutes + 1 })).toBe(false);
    expect(parses({ type: 'answerPoll', activityId: 'a', options: [] })).toBe(false);
    expect(parses({ type: 'answerPoll', activityId: 'a', options: [-1] })).toBe(false);
  });

  it('accepts only url-safe ids, never with ":" (they build the private keys)', () => {
    expect(parses({ ...EXAMPLES.deleteNote, noteId: 'a:b' })).toBe(false);
    expect(parses({ ...EXAMPLES.deleteNote, noteId: '' })).toBe(false);
    expect(parses({ ...EXAMPLES.deleteNote, noteId: 'x'.repeat(65) })).toBe(false);
    expect(parses({ ...EXAMPLES.vote, targetId: '../x' })).toBe(false);
    expect(parses({ ...EXAMPLES.splitIntoGroups, mode: 'manual', assignments: { 'a:b': 0 } })).toBe(
      false,
    );
  });

  it('checks activity settings by kind', () => {
    const add = (activity: unknown) => parses({ type: 'addActivity', activity });
    expect(
      add({
        kind: 'vote',
        prompt: 'p',
        timeboxMinutes: 5,
        sourceActivityId: null,
        voteOn: 'notes',
        votesPerPerson: 3,
        options: [],
      }),
    ).toBe(false);
    expect(
      add({
        kind: 'brainstorm',
        prompt: 'p',
        timeboxMinutes: 5,
        clusteringBy: 'everyone',
        votesPerPerson: 3,
      }),
    ).toBe(false);
    expect(add({ kind: 'workshop', prompt: 'p', timeboxMinutes: 5 })).toBe(false);
    const update = (changes: unknown) =>
      parses({ type: 'updateActivity', activityId: 'a', changes });
    expect(update({ kind: 'vote', votesPerPerson: 4 })).toBe(true);
    expect(update({ kind: 'vote', options: ['a', 'b'] })).toBe(false);
    expect(update({ votesPerPerson: 4 })).toBe(false);
  });

  it('accepts dates as ISO dates or date-times with offset', () => {
    const date = (value: unknown) => parses({ type: 'configure', date: value });
    expect(date('2025-03-04')).toBe(true);
    expect(date('2025-03-04T18:00:00+01:00')).toBe(true);
    expect(date(null)).toBe(true);
    expect(date('4. mars')).toBe(false);
    expect(date('2025-13-01')).toBe(false);
  });

  it('hides notes only for a listed reason', () => {
    expect(parses({ type: 'hideNote', noteId: 'n', reason: 'offensive' })).toBe(true);
    expect(parses({ type: 'hideNote', noteId: 'n', reason: 'I do not like it' })).toBe(false);
  });

  it('types examples as client input', () => {
    const input: WorkshopCommandInput = { type: 'join', name: '  Kari  ' };
    expect(parseCommand(input)).toMatchObject({ command: { name: 'Kari' } });
  });
});
