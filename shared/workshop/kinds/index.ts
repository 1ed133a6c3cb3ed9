import type { Activity, ActivityKind } from '../types';
import { brainstormKind, type BrainstormResult } from './brainstorm';
import { clusterKind, type ClusterResult } from './cluster';
import { discussionKind, type DiscussionResult } from './discussion';
import type { KindCommand, KindModule } from './kindModule';
import { pollKind, type PollResult } from './poll';
import { voteKind, type VoteResult } from './vote';

/**
 * The one list of activity kinds and what each brings (see README.md). Typed as a complete
 * record, so a kind in ACTIVITY_KINDS without a module here does not compile.
 */
export const activityKinds = {
  brainstorm: brainstormKind,
  cluster: clusterKind,
  vote: voteKind,
  poll: pollKind,
  discussion: discussionKind,
} satisfies { [K in ActivityKind]: KindModule<K> };

/** Each kind's results (views/results.ts), as one union tagged by `kind`. */
export type ActivityResult =
  BrainstormResult | ClusterResult | VoteResult | PollResult | DiscussionResult;

/**
 * The module of `kind`, for generic code. Typed loosely on purpose: TypeScript cannot relate
 * `activityKinds[activity.kind]` to `activity` (the modules' methods accept it only because
 * method parameters are checked loosely), but each module is only ever handed activities,
 * settings and tallies of its own kind: the one it is looked up by.
 */
export function kindModule(kind: ActivityKind): KindModule<ActivityKind, ActivityResult> {
  return activityKinds[kind];
}

export function moduleOf(activity: Activity): KindModule<ActivityKind, ActivityResult> {
  return kindModule(activity.kind);
}

/** The commands that belong to one kind, by command type. */
export const kindCommands = {
  ...voteKind.commands,
  ...pollKind.commands,
};
export type KindCommandType = keyof typeof kindCommands;

export function isKindCommand<C extends { type: string }>(
  command: C,
): command is Extract<C, { type: KindCommandType }> {
  return Object.hasOwn(kindCommands, command.type);
}

/** The handlers of a kind's command, loosely typed for the dispatchers (validate.ts, apply.ts). */
export function kindCommand(type: KindCommandType): KindCommand<{ type: string }> {
  return kindCommands[type];
}
