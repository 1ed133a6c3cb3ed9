import type { ActivityKind } from '../../../shared/workshop/types';
import { brainstormClient } from './brainstorm';
import { clusterClient } from './cluster';
import { discussionClient } from './discussion';
import { pollClient } from './poll';
import type { ClientKind } from './types';
import { voteClient } from './vote';

/**
 * The client's one list of activity kinds: each kind's participant panel, lead view and
 * controls, results section and form fields. A complete record, so a new kind in
 * ACTIVITY_KINDS does not compile until it is here (see shared/workshop/kinds/README.md).
 */
export const clientKinds = {
  brainstorm: brainstormClient,
  cluster: clusterClient,
  vote: voteClient,
  poll: pollClient,
  discussion: discussionClient,
} satisfies Record<ActivityKind, unknown>;

/**
 * The client module of `kind`, loosely typed for the dispatchers (ActivityPanel, LiveView, …):
 * TypeScript cannot relate `clientKinds[activity.kind]` to `activity`, but each module is only
 * ever handed activities and results of its own kind.
 */
export function clientKind(kind: ActivityKind): ClientKind<ActivityKind, unknown> {
  return clientKinds[kind] as unknown as ClientKind<ActivityKind, unknown>;
}
