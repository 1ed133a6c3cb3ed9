import { z } from 'zod';
import { OK } from '../../errors';
import type { KindModule } from '../kindModule';
import { commonSettings } from '../settingsCommon';
import type { DiscussionActivity } from './types';

export const discussionConfig = z.strictObject({ kind: z.literal('discussion'), ...commonSettings });

export interface DiscussionResult {
  kind: 'discussion';
  activity: DiscussionActivity;
}

/** Talking in the room: an agenda item with a prompt and a timebox, and nothing to record. */
export const discussionKind = {
  kind: 'discussion',
  configSchema: discussionConfig,
  read: (_map, common) => ({ ...common, kind: 'discussion' }),
  write() {},
  checkStartedChange: () => OK,
  board: () => null,
  readTally: () => null,
  result: (_pub, activity: DiscussionActivity): DiscussionResult => ({ kind: 'discussion', activity }),
  markdown: () => [],
} satisfies KindModule<'discussion', DiscussionResult>;
