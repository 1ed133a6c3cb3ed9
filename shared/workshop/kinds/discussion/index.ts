import { z } from 'zod';
import { OK } from '../../errors';
import type { KindModule } from '../kindModule';
import { commonSettings } from '../settingsCommon';
import { discussionStorage } from './storage';
import type { DiscussionActivity } from './types';

export const discussionConfig = z.strictObject({ kind: z.literal('discussion'), ...commonSettings });

export interface DiscussionResult {
  kind: 'discussion';
  activity: DiscussionActivity;
}

/** Talking in the room: an agenda item with a prompt and a timebox, and nothing to record. */
export const discussionKind = {
  ...discussionStorage,
  configSchema: discussionConfig,
  checkStartedChange: () => OK,
  result: (_pub, activity: DiscussionActivity): DiscussionResult => ({ kind: 'discussion', activity }),
  markdown: () => [],
} satisfies KindModule<'discussion', DiscussionResult>;
