import { discussionDocName } from '../../shared/discussion/keys';
import { discussionView, type DiscussionView } from '../../shared/discussion/view';
import type { DocStore } from '../docs/DocStore';

/** The plan's discussion as it is now, read through the DocStore (edits not yet compacted too). */
export async function readDiscussion(docs: DocStore, planId: string): Promise<DiscussionView> {
  const name = discussionDocName(planId);
  const live = await docs.open(name);
  try {
    return discussionView(live.doc);
  } finally {
    docs.release(name);
  }
}
