import * as Y from 'yjs';
import * as prng from 'lib0/prng';
import type { Role } from '../../auth/roles';
import type { Actor, ApplyResult, CommandOutcome } from '../actor';
import { applyCommand } from '../apply/apply';
import { parseCommand, type WorkshopCommandInput } from '../commands';
import type { WorkshopErrorCode } from '../errors';
import { initWorkshop, type WorkshopInit } from '../publicDoc';

/**
 * A workshop for tests: both documents, a seeded generator for ids, a clock that moves one
 * second per command. Commands go through `parseCommand` first, as at the server's edge.
 */
export interface World {
  pub: Y.Doc;
  priv: Y.Doc;
  gen: prng.PRNG;
  seed: number;
  clock: number;
}

export function createWorld(seed = 1, init: Partial<WorkshopInit> = {}): World {
  if (!Number.isInteger(seed) || seed <= 0) throw new Error('seeds are positive integers');
  const pub = new Y.Doc();
  pub.clientID = 1;
  const priv = new Y.Doc();
  priv.clientID = 2;
  initWorkshop(pub, { title: 'Verksted om medborgerskap', planId: 'plan1', ...init });
  return { pub, priv, gen: prng.create(seed), seed, clock: 1_700_000_000_000 };
}

export const HOST: Actor = { participantId: 'host', role: 'facilitator' };

export function person(participantId: string, role: Role = 'participant'): Actor {
  return { participantId, role };
}

/** Random, like the server's ids must be, but reproducible from the seed. */
export function randomId(world: World): string {
  return prng.word(world.gen, 12, 12);
}

export function send(world: World, actor: Actor, input: WorkshopCommandInput): ApplyResult {
  const parsed = parseCommand(input);
  if (!parsed.ok) return parsed;
  world.clock += 1000;
  return applyCommand(world.pub, world.priv, actor, parsed.command, {
    now: world.clock,
    newId: () => randomId(world),
    seed: world.seed,
  });
}

/** Applies a command that must be accepted. */
export function ok(world: World, actor: Actor, input: WorkshopCommandInput): CommandOutcome {
  const result = send(world, actor, input);
  if (!result.ok) {
    throw new Error(
      `${input.type} by ${actor.participantId} refused: ${result.code} (${result.message})`,
    );
  }
  return result.outcome;
}

/** Sends a command that must be refused; checks that neither document changed. */
export function refusal(
  world: World,
  actor: Actor,
  input: WorkshopCommandInput,
): WorkshopErrorCode {
  const before = [Y.encodeStateVector(world.pub), Y.encodeStateVector(world.priv)];
  const result = send(world, actor, input);
  if (result.ok) throw new Error(`${input.type} by ${actor.participantId} was accepted`);
  const after = [Y.encodeStateVector(world.pub), Y.encodeStateVector(world.priv)];
  if (before.some((vector, index) => !sameBytes(vector, after[index]))) {
    throw new Error(`refused ${input.type} changed a document`);
  }
  return result.code;
}

function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** The id an outcome carries (a created entity or an added note). */
export function idOf(outcome: CommandOutcome): string {
  if (outcome.type === 'created') return outcome.id;
  if (outcome.type === 'noteAdded') return outcome.noteId;
  throw new Error(`outcome ${outcome.type} carries no id`);
}

export interface Agenda {
  brainstorm: string;
  cluster: string;
  vote: string;
  poll: string;
  discussion: string;
}

/**
 * A started workshop with the usual agenda (brainstorm → cluster → vote on clusters → poll →
 * discussion), the host joined, and `people` joined as participants. No activity is running.
 */
export function runningWorkshop(
  world: World,
  options: { people?: string[]; votesPerPerson?: number; voteOn?: 'notes' | 'clusters' } = {},
): Agenda {
  ok(world, HOST, { type: 'join', name: 'Fasilitator' });
  const add = (activity: WorkshopCommandInput & { type: 'addActivity' }) =>
    idOf(ok(world, HOST, activity));
  const brainstorm = add({
    type: 'addActivity',
    activity: {
      kind: 'brainstorm',
      prompt: 'Hva hindrer deg i å delta?',
      timeboxMinutes: 10,
      clusteringBy: 'facilitators',
    },
  });
  const cluster = add({
    type: 'addActivity',
    activity: {
      kind: 'cluster',
      prompt: 'Grupper lappene',
      timeboxMinutes: 10,
      sourceActivityId: brainstorm,
      clusteringBy: 'everyone',
    },
  });
  const vote = add({
    type: 'addActivity',
    activity: {
      kind: 'vote',
      prompt: 'Hva er viktigst?',
      timeboxMinutes: 5,
      sourceActivityId: brainstorm,
      voteOn: options.voteOn ?? 'clusters',
      votesPerPerson: options.votesPerPerson ?? 3,
    },
  });
  const poll = add({
    type: 'addActivity',
    activity: {
      kind: 'poll',
      prompt: 'Hvor ofte deltar du?',
      timeboxMinutes: null,
      options: ['Ukentlig', 'Månedlig', 'Sjeldnere'],
      multiple: false,
    },
  });
  const discussion = add({
    type: 'addActivity',
    activity: { kind: 'discussion', prompt: 'Hva tar vi med videre?', timeboxMinutes: 15 },
  });
  for (const id of options.people ?? [])
    ok(world, person(id), { type: 'join', name: `Deltaker ${id}` });
  ok(world, HOST, { type: 'start' });
  return { brainstorm, cluster, vote, poll, discussion };
}

/**
 * The usual agenda with Kari and Ola taking part, Eva (an editor) joined, and the brainstorm
 * started: where the note and clustering rules are tested.
 */
export function brainstorming(): { world: World; agenda: Agenda } {
  const world = createWorld(11);
  const agenda = runningWorkshop(world, { people: ['kari', 'ola'] });
  ok(world, person('eva', 'editor'), { type: 'join', name: 'Eva' });
  ok(world, HOST, { type: 'startActivity', activityId: agenda.brainstorm });
  return { world, agenda };
}
