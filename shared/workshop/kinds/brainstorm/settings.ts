import { z } from 'zod';
import { CLUSTERING_BY } from '../../types';
import { commonSettings } from '../settingsCommon';

export const brainstormConfig = z.strictObject({
  kind: z.literal('brainstorm'),
  ...commonSettings,
  clusteringBy: z.enum(CLUSTERING_BY),
});
export type BrainstormChanges = Partial<z.infer<typeof brainstormConfig>> & { kind: 'brainstorm' };
