import type * as Y from 'yjs';
import type { PromoteSource } from '../../shared/api/workshopResults';
import type { Provenance } from '../../shared/plan/provenance';
import { getActivity } from '../../shared/workshop/activities';
import { getCluster, getNote, listNotes } from '../../shared/workshop/board';
import { revealedVotes } from '../../shared/workshop/export/targetVotes';
import { themeVotes } from '../../shared/workshop/export/themeVotes';
import { getPrivateNote } from '../../shared/workshop/privateDoc';
import { readMeta } from '../../shared/workshop/publicDoc';

/**
 * The provenance of a theme or note that is visible in the results (revealed and not hidden):
 * its brainstorm, its revealed votes (for a theme, its notes' votes too: see themeVotes) and how
 * many distinct people wrote it. The count comes from the private doc, which only the server
 * has; who they were never leaves this function.
 * Null when the source is not in the results.
 */
export function provenanceOfSource(
  pub: Y.Doc,
  priv: Y.Doc,
  workshopId: string,
  source: PromoteSource,
  now: number,
): Provenance | null {
  let activityId: string;
  let noteIds: string[];
  let targetId: string;
  if (source.kind === 'cluster') {
    const cluster = getCluster(pub, source.clusterId);
    if (!cluster) return null;
    activityId = cluster.activityId;
    targetId = cluster.id;
    noteIds = listNotes(pub, cluster.activityId)
      .filter((note) => note.clusterId === cluster.id && !note.hidden)
      .map((note) => note.id);
  } else {
    const note = getNote(pub, source.noteId);
    if (!note || note.hidden) return null;
    activityId = note.activityId;
    targetId = note.id;
    noteIds = [note.id];
  }
  const activity = getActivity(pub, activityId);
  const authors = new Set<string>();
  for (const id of noteIds) {
    const note = getPrivateNote(priv, id);
    // A note written for the room is not its writer's contribution (see kinds/brainstorm/forRoom).
    if (note && !note.forRoom) authors.add(note.authorId);
  }
  return {
    workshopId,
    workshopTitle: readMeta(pub).title,
    activityId,
    activityPrompt: activity?.prompt ?? '',
    votes:
      source.kind === 'cluster'
        ? (themeVotes(pub).get(targetId) ?? 0)
        : (revealedVotes(pub).get(targetId) ?? 0),
    contributors: authors.size,
    createdAt: now,
  };
}
