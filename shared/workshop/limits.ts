/**
 * Sizes a workshop accepts. Designed for 8–60 participants; the bounds are generous on purpose
 * and exist to keep one misbehaving client from growing a document without end. Lengths are
 * counted in UTF-16 units, as JavaScript and zod count them.
 */
export const WorkshopLimits = {
  noteText: 500,
  title: 120,
  goal: 1000,
  prompt: 500,
  clusterTitle: 120,
  groupName: 60,
  pollOption: 200,
  personName: 60,
  association: 120,
  /** Breakout groups in one split, and poll options in one poll. */
  groups: 60,
  pollOptions: 60,
  activities: 50,
  votesPerPerson: 20,
  timeboxMinutes: 240,
  /** Largest step of timerAddMinutes, either way. */
  addMinutes: 60,
  participants: 250,
  /** Notes one person may have in one brainstorm; stops a stuck button from flooding a board. */
  notesPerPersonPerActivity: 50,
  /** Notes facilitators write for the room in one brainstorm (apart from anyone's own). */
  roomNotesPerActivity: 200,
  clustersPerBoard: 200,
} as const;
