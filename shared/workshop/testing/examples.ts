import type { CommandType, WorkshopCommandInput } from '../commands';

/**
 * One well-formed example of every command. Typed as a complete record, so adding a command
 * type fails to compile until it has an example here, and with it a place in the table tests.
 */
export const EXAMPLES: { [T in CommandType]: Extract<WorkshopCommandInput, { type: T }> } = {
  join: { type: 'join', name: 'Kari', association: 'Asker Turn' },
  addNote: { type: 'addNote', activityId: 'a1', text: 'Flere møteplasser' },
  editNote: { type: 'editNote', noteId: 'n1', text: 'Flere møteplasser for unge' },
  deleteNote: { type: 'deleteNote', noteId: 'n1' },
  moveNote: { type: 'moveNote', noteId: 'n1', clusterId: 'c1', index: 0 },
  createCluster: { type: 'createCluster', activityId: 'a1', title: 'Møteplasser' },
  renameCluster: { type: 'renameCluster', clusterId: 'c1', title: 'Arenaer' },
  deleteCluster: { type: 'deleteCluster', clusterId: 'c1' },
  vote: { type: 'vote', activityId: 'a3', targetId: 'c1' },
  unvote: { type: 'unvote', activityId: 'a3', targetId: 'c1' },
  answerPoll: { type: 'answerPoll', activityId: 'a4', options: [0] },
  configure: { type: 'configure', title: 'Verksted 2', date: '2025-03-04' },
  addActivity: {
    type: 'addActivity',
    activity: { kind: 'discussion', prompt: 'Oppsummering', timeboxMinutes: null },
  },
  updateActivity: {
    type: 'updateActivity',
    activityId: 'a1',
    changes: { kind: 'brainstorm', prompt: 'Ny tekst' },
  },
  moveActivity: { type: 'moveActivity', activityId: 'a1', index: 2 },
  removeActivity: { type: 'removeActivity', activityId: 'a1' },
  start: { type: 'start' },
  startActivity: { type: 'startActivity', activityId: 'a1' },
  completeActivity: { type: 'completeActivity', activityId: 'a1' },
  timerStart: { type: 'timerStart', minutes: 5 },
  timerPause: { type: 'timerPause' },
  timerResume: { type: 'timerResume' },
  timerAddMinutes: { type: 'timerAddMinutes', minutes: 2 },
  lockInput: { type: 'lockInput' },
  unlockInput: { type: 'unlockInput' },
  setFollowMe: { type: 'setFollowMe', on: true },
  revealNotes: { type: 'revealNotes', activityId: 'a1' },
  revealVotes: { type: 'revealVotes', activityId: 'a3' },
  revealPoll: { type: 'revealPoll', activityId: 'a4' },
  hideNote: { type: 'hideNote', noteId: 'n1', reason: 'personal-data' },
  unhideNote: { type: 'unhideNote', noteId: 'n1' },
  removeParticipant: { type: 'removeParticipant', participantId: 'p1' },
  mergeParticipants: { type: 'mergeParticipants', keepId: 'p1', mergeId: 'p2' },
  splitIntoGroups: { type: 'splitIntoGroups', count: 3, mode: 'random' },
  endGroups: { type: 'endGroups' },
  end: { type: 'end' },
};

export const PARTICIPANT_COMMANDS: readonly CommandType[] = [
  'addNote',
  'editNote',
  'deleteNote',
  'moveNote',
  'createCluster',
  'renameCluster',
  'deleteCluster',
  'vote',
  'unvote',
  'answerPoll',
];
