import { z } from 'zod';
import { WorkshopLimits as L } from '../../limits';
import { entityId } from '../../schemaFields';

/** A participant's answer: option indexes; it replaces their previous one. */
export const answerPollCommand = z.strictObject({
  type: z.literal('answerPoll'),
  activityId: entityId,
  options: z
    .array(
      z
        .int()
        .min(0)
        .max(L.pollOptions - 1),
    )
    .min(1)
    .max(L.pollOptions),
});
/** The facilitator shows a poll's breakdown to everyone (in an anonymous workshop from 3 answers). */
export const revealPollCommand = z.strictObject({
  type: z.literal('revealPoll'),
  activityId: entityId,
});
export type AnswerPollCommand = z.infer<typeof answerPollCommand>;
export type RevealPollCommand = z.infer<typeof revealPollCommand>;
