import { z } from 'zod';
import { WorkshopLimits as L } from './limits';
import { entityId, oneLine } from './schemaFields';
import { CLUSTERING_BY, VOTE_ON } from './types';

const common = {
  prompt: z.string().trim().min(1).max(L.prompt),
  timeboxMinutes: z.int().min(1).max(L.timeboxMinutes).nullable(),
};

const brainstorm = z.strictObject({
  kind: z.literal('brainstorm'),
  ...common,
  clusteringBy: z.enum(CLUSTERING_BY),
});

const cluster = z.strictObject({
  kind: z.literal('cluster'),
  ...common,
  sourceActivityId: entityId.nullable(),
  clusteringBy: z.enum(CLUSTERING_BY),
});

const vote = z.strictObject({
  kind: z.literal('vote'),
  ...common,
  sourceActivityId: entityId.nullable(),
  voteOn: z.enum(VOTE_ON),
  votesPerPerson: z.int().min(1).max(L.votesPerPerson),
});

const poll = z.strictObject({
  kind: z.literal('poll'),
  ...common,
  options: z.array(oneLine(L.pollOption)).min(2).max(L.pollOptions),
  multiple: z.boolean(),
});

const discussion = z.strictObject({ kind: z.literal('discussion'), ...common });

/**
 * An activity's settings, by kind: a vote has no poll options and a poll no vote budget, so
 * neither can be half-configured with fields that mean nothing for it.
 */
export const activityConfigSchema = z.discriminatedUnion('kind', [
  brainstorm,
  cluster,
  vote,
  poll,
  discussion,
]);
export type ActivityConfig = z.infer<typeof activityConfigSchema>;

/** The same settings, each optional; `kind` names the kind and cannot change. */
export const activityChangesSchema = z.discriminatedUnion('kind', [
  brainstorm.partial().required({ kind: true }),
  cluster.partial().required({ kind: true }),
  vote.partial().required({ kind: true }),
  poll.partial().required({ kind: true }),
  discussion.partial().required({ kind: true }),
]);
export type ActivityChanges = z.infer<typeof activityChangesSchema>;
