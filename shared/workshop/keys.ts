/**
 * Root and field names of a workshop's two Y.Docs. Changing one orphans stored documents, so
 * they are fixed.
 *
 * PUBLIC doc `workshop:<id>`, synced read-only to everyone in the workshop; only the server
 * writes it, by applying commands:
 *   getMap('meta'):         title, goal, date, planId, anonymous, facilitatorSeesAuthors, status,
 *                           currentActivityId, followMe, inputLocked, timer (plain TimerState)
 *   getMap('activities'):   id → Y.Map { id, position, kind, prompt, timeboxMinutes, state, and
 *                           the kind's settings: notesRevealed, clusteringBy, sourceActivityId,
 *                           voteOn, votesPerPerson, votesRevealed, pollOptions, pollMultiple,
 *                           pollResultsShown, pollResultsRevealed }
 *   getMap('participants'): id → Y.Map { id, name, association, groupId, removed, facilitator,
 *                           mergedInto (set when merged into another participant) }
 *   getMap('groups'):       id → Y.Map { id, name, number, round, open }
 *   getMap('notes'):        id → Y.Map { id, position, activityId, groupId, clusterId, text,
 *                           hidden, hiddenReason, authorId (only when not anonymous and not
 *                           forRoom), forRoom (only when true: written for the room) }
 *   getMap('clusters'):     id → Y.Map { id, position, activityId, groupId, title }
 *   getMap('tallies'):      activityId → plain ActivityTally (counts only, never a person's id)
 *
 * The public doc must keep Yjs gc on (the default) for its whole life: a hidden note's text,
 * an edited note's old text and a deleted note are overwritten or deleted here, and only gc
 * drops them from the encoded state; with gc off every client would still receive them.
 *
 * PRIVATE doc (never sent to a client; see `privateDocName`):
 *   getMap('notes'):   id → plain PrivateNote { id, activityId, groupId, authorId, text,
 *                      createdAt, revealed, clientKey, forRoom }
 *   getMap('votes'):   voteKey → plain Vote { activityId, participantId, targetId, castAt }
 *   getMap('answers'): answerKey → plain PollAnswer { activityId, participantId, options,
 *                      answeredAt }
 */
export const PublicRoots = {
  meta: 'meta',
  activities: 'activities',
  participants: 'participants',
  groups: 'groups',
  notes: 'notes',
  clusters: 'clusters',
  tallies: 'tallies',
} as const;

export const PrivateRoots = {
  notes: 'notes',
  votes: 'votes',
  answers: 'answers',
} as const;

export const MetaKeys = {
  title: 'title',
  goal: 'goal',
  date: 'date',
  planId: 'planId',
  anonymous: 'anonymous',
  facilitatorSeesAuthors: 'facilitatorSeesAuthors',
  status: 'status',
  currentActivityId: 'currentActivityId',
  followMe: 'followMe',
  inputLocked: 'inputLocked',
  timer: 'timer',
} as const;

/** `id` and `position` match the plan's `ItemKeys`, so its ordering helpers work unchanged. */
export const ActivityKeys = {
  id: 'id',
  position: 'position',
  kind: 'kind',
  prompt: 'prompt',
  timeboxMinutes: 'timeboxMinutes',
  state: 'state',
  notesRevealed: 'notesRevealed',
  clusteringBy: 'clusteringBy',
  sourceActivityId: 'sourceActivityId',
  voteOn: 'voteOn',
  votesPerPerson: 'votesPerPerson',
  votesRevealed: 'votesRevealed',
  pollOptions: 'pollOptions',
  pollMultiple: 'pollMultiple',
  pollResultsShown: 'pollResultsShown',
  pollResultsRevealed: 'pollResultsRevealed',
} as const;

export const ParticipantKeys = {
  id: 'id',
  name: 'name',
  association: 'association',
  groupId: 'groupId',
  removed: 'removed',
  facilitator: 'facilitator',
  mergedInto: 'mergedInto',
} as const;

export const GroupKeys = {
  id: 'id',
  name: 'name',
  number: 'number',
  round: 'round',
  open: 'open',
} as const;

export const NoteKeys = {
  id: 'id',
  position: 'position',
  activityId: 'activityId',
  groupId: 'groupId',
  clusterId: 'clusterId',
  text: 'text',
  hidden: 'hidden',
  hiddenReason: 'hiddenReason',
  authorId: 'authorId',
  forRoom: 'forRoom',
} as const;

export const ClusterKeys = {
  id: 'id',
  position: 'position',
  activityId: 'activityId',
  groupId: 'groupId',
  title: 'title',
} as const;

/**
 * Votes and answers are flat records under composite keys rather than nested maps: nothing
 * has to be created on first use, so no two writers can race to create the same nested map.
 * Ids never contain ':' (see `idSchema`), so the keys are unambiguous.
 */
export function voteKey(activityId: string, participantId: string, targetId: string): string {
  return `${activityId}:${participantId}:${targetId}`;
}

export function answerKey(activityId: string, participantId: string): string {
  return `${activityId}:${participantId}`;
}

export function workshopDocName(workshopId: string): string {
  return `workshop:${workshopId}`;
}

/**
 * Storage name of the private doc. It deliberately fails the sync protocol's document-name
 * pattern, so no client can ever join it, whatever the access checks say.
 */
export function privateDocName(workshopId: string): string {
  return `workshop-private:${workshopId}`;
}
