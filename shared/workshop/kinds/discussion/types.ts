import type { ActivityCommon } from '../activityCommon';

export interface DiscussionActivity extends ActivityCommon {
  kind: 'discussion';
}
