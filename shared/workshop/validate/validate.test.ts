import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, type CommandType } from '../commands';
import { EXAMPLES, PARTICIPANT_COMMANDS } from '../testing/examples';
import { createWorld, HOST, ok, person, refusal, runningWorkshop } from '../testing/fixture';

/** Rules that hold for every command, checked over one example of each. */
const FACILITATOR_COMMANDS = COMMAND_TYPES.filter(
  (type) => type !== 'join' && !PARTICIPANT_COMMANDS.includes(type),
);
const examples = (types: readonly CommandType[]) => types.map((type) => EXAMPLES[type]);

function running() {
  const world = createWorld(3);
  runningWorkshop(world, { people: ['kari'] });
  return world;
}

describe('every command', () => {
  it.each(examples(COMMAND_TYPES))(
    '$type is refused for an actor id that is not an id',
    (command) => {
      expect(refusal(running(), person('a:b', 'owner'), command)).toBe('forbidden');
    },
  );

  it.each(examples(COMMAND_TYPES))('$type is refused to observers', (command) => {
    expect(refusal(running(), person('obs', 'observer'), command)).toBe('forbidden');
  });

  it.each(examples(COMMAND_TYPES))('$type is refused to a removed facilitator', (command) => {
    const world = running();
    const other = { participantId: 'co-host', role: 'facilitator' } as const;
    ok(world, other, { type: 'join', name: 'Med-fasilitator' });
    ok(world, HOST, { type: 'removeParticipant', participantId: 'co-host' });
    expect(refusal(world, other, command)).toBe('participant-removed');
    expect(refusal(world, { ...HOST, removed: true }, command)).toBe('participant-removed');
  });

  it.each(examples(FACILITATOR_COMMANDS))(
    '$type is refused to participants and editors',
    (command) => {
      const world = running();
      expect(refusal(world, person('kari'), command)).toBe('forbidden');
      expect(refusal(world, person('eva', 'editor'), command)).toBe('forbidden');
    },
  );

  it.each(examples(COMMAND_TYPES.filter((type) => type !== 'hideNote' && type !== 'unhideNote')))(
    '$type is refused after the end',
    (command) => {
      const world = running();
      ok(world, HOST, { type: 'end' });
      const code = refusal(world, HOST, command);
      expect(code).toBe('workshop-ended');
    },
  );

  it.each(examples(PARTICIPANT_COMMANDS))('$type is refused before the start', (command) => {
    const world = createWorld(3);
    ok(world, person('kari'), { type: 'join', name: 'Kari' });
    expect(refusal(world, person('kari'), command)).toBe('workshop-not-running');
  });

  it.each(examples(PARTICIPANT_COMMANDS))(
    '$type is refused to people who have not joined',
    (command) => {
      expect(refusal(running(), person('stranger'), command)).toBe('not-joined');
    },
  );
});
