import type * as Y from 'yjs';
import { listClusters, listNotes } from '../board';
import { revealedVotes } from './targetVotes';

/**
 * A theme's votes: those cast on the theme itself plus those cast on the notes it holds now
 * (hidden notes left out, as everywhere in the results). A vote on notes is the usual way to
 * prioritise before the notes are grouped, so counting only votes on the theme would show
 * "0 votes" for a theme whose notes got most of them. Revealed votes only, as on every screen.
 */
export function themeVotes(
  pub: Y.Doc,
  votes: ReadonlyMap<string, number> = revealedVotes(pub),
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const cluster of listClusters(pub)) totals.set(cluster.id, votes.get(cluster.id) ?? 0);
  for (const note of listNotes(pub)) {
    if (note.hidden || note.clusterId === null) continue;
    const total = totals.get(note.clusterId);
    if (total !== undefined) totals.set(note.clusterId, total + (votes.get(note.id) ?? 0));
  }
  return totals;
}

/**
 * Votes as results show them: a note its own, a theme its total (themeVotes), so the results
 * page, the Markdown summary, the CSV and the plan after promotion all give a theme one number.
 */
export function resultVotes(pub: Y.Doc): Map<string, number> {
  const votes = revealedVotes(pub);
  return new Map([...votes, ...themeVotes(pub, votes)]);
}
