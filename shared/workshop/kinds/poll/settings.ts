import { z } from 'zod';
import { WorkshopLimits as L } from '../../limits';
import { oneLine } from '../../schemaFields';
import { commonSettings } from '../settingsCommon';
import { POLL_RESULTS_SHOWN } from './types';

export const pollConfig = z.strictObject({
  kind: z.literal('poll'),
  ...commonSettings,
  options: z.array(oneLine(L.pollOption)).min(2).max(L.pollOptions),
  multiple: z.boolean(),
  /** Left out: 'afterAnswering'. */
  resultsShown: z.enum(POLL_RESULTS_SHOWN).optional(),
});
export type PollChanges = Partial<z.infer<typeof pollConfig>> & { kind: 'poll' };
