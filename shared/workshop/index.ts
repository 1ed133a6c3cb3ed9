/**
 * The workshop core: document shapes, the command contract, validation, application and read
 * models. Pure: no I/O, usable on the server and in the client.
 */
export * from './types';
export * from './keys';
export * from './limits';
export * from './errors';
export * from './actor';
export * from './activityConfig';
export * from './commands';
export { initWorkshop, readMeta, readTimer, type WorkshopInit } from './publicDoc';
export { getActivity, listActivities, boardOf } from './activities';
export { getNote, listNotes, getCluster, listClusters } from './board';
export { getParticipant, listParticipants, listGroups, openGroups } from './people';
export { likelyDuplicates } from './duplicates';
export { readTally } from './tallies';
export type { PrivateNote, Vote, PollAnswer } from './privateDoc';
export * from './timer';
export { validateCommand } from './validate/validate';
export { applyCommand } from './apply/apply';
export * from './views/workshopView';
export * from './views/privateView';
export * from './views/results';
export * from './views/authors';
