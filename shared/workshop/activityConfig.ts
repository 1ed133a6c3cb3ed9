import { z } from 'zod';
import { activityKinds as K } from './kinds';
import type { ActivityKind } from './types';

/**
 * An activity's settings, by kind (each kind's schema is in kinds/<kind>/settings.ts): a vote
 * has no poll options and a poll no vote budget, so neither can be half-configured with fields
 * that mean nothing for it.
 */
export const activityConfigSchema = z.discriminatedUnion('kind', [
  K.brainstorm.configSchema,
  K.cluster.configSchema,
  K.vote.configSchema,
  K.poll.configSchema,
  K.discussion.configSchema,
]);
export type ActivityConfig = z.infer<typeof activityConfigSchema>;

/** The same settings, each optional; `kind` names the kind and cannot change. */
export const activityChangesSchema = z.discriminatedUnion('kind', [
  K.brainstorm.configSchema.partial().required({ kind: true }),
  K.cluster.configSchema.partial().required({ kind: true }),
  K.vote.configSchema.partial().required({ kind: true }),
  K.poll.configSchema.partial().required({ kind: true }),
  K.discussion.configSchema.partial().required({ kind: true }),
]);
export type ActivityChanges = z.infer<typeof activityChangesSchema>;

/** Compiles only when `Covered` includes every kind: a kind left out above is a type error. */
function coversEveryKind<Covered extends ActivityKind>(ok: [ActivityKind] extends [Covered] ? true : false) {
  return ok;
}
coversEveryKind<ActivityConfig['kind']>(true);
coversEveryKind<ActivityChanges['kind']>(true);
