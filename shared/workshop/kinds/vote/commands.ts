import { z } from 'zod';
import { entityId } from '../../schemaFields';

/** Participants' votes: one per person and target, within `votesPerPerson`. */
export const voteCommand = z.strictObject({
  type: z.literal('vote'),
  activityId: entityId,
  targetId: entityId,
});
export const unvoteCommand = z.strictObject({
  type: z.literal('unvote'),
  activityId: entityId,
  targetId: entityId,
});
export type VoteCommand = z.infer<typeof voteCommand>;
export type UnvoteCommand = z.infer<typeof unvoteCommand>;
