import { z } from 'zod';
import { WorkshopLimits as L } from '../../limits';
import { entityId } from '../../schemaFields';
import { VOTE_ON } from '../../types';
import { commonSettings } from '../settingsCommon';

export const voteConfig = z.strictObject({
  kind: z.literal('vote'),
  ...commonSettings,
  sourceActivityId: entityId.nullable(),
  voteOn: z.enum(VOTE_ON),
  votesPerPerson: z.int().min(1).max(L.votesPerPerson),
});
export type VoteChanges = Partial<z.infer<typeof voteConfig>> & { kind: 'vote' };
