import { z } from 'zod';
import { entityId } from '../../schemaFields';
import { CLUSTERING_BY } from '../../types';
import { commonSettings } from '../settingsCommon';

export const clusterConfig = z.strictObject({
  kind: z.literal('cluster'),
  ...commonSettings,
  sourceActivityId: entityId.nullable(),
  clusteringBy: z.enum(CLUSTERING_BY),
});
export type ClusterChanges = Partial<z.infer<typeof clusterConfig>> & { kind: 'cluster' };
