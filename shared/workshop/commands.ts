import { z } from 'zod';
import { activityChangesSchema, activityConfigSchema } from './activityConfig';
import { fail, WorkshopErrorCode, type WorkshopFailure } from './errors';
import { WorkshopLimits as L } from './limits';
import {
  entityId,
  isoDate,
  listIndex,
  multiLine,
  multiLineOrEmpty,
  oneLine,
  oneLineOrEmpty,
} from './schemaFields';
import { activityKinds } from './kinds';
import { HIDE_REASONS } from './types';

/**
 * Everything a person can ask of a workshop, as one union tagged by `type`. Objects are strict:
 * an unknown field is refused rather than ignored, so a client cannot smuggle e.g. an author.
 * Participant commands name the activity they were shown, so a command sent just before the
 * facilitator moved on is refused instead of landing in the next activity.
 */
const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

// Joining and taking part (JoinWorkshops or RunWorkshops).
const join = command('join', {
  name: oneLine(L.personName),
  association: oneLine(L.association).nullable().optional(),
});
const addNote = command('addNote', {
  activityId: entityId,
  text: multiLine(L.noteText),
  /** Facilitators may write onto a group's board; participants always write onto their own. */
  groupId: entityId.nullable().optional(),
  /**
   * The client's own key for this note, so a resend after a lost ack is recognised, not added
   * twice. Only matched against the sender's own notes: the note's id is always made by the
   * server, so no answer can tell whether an id is someone else's (unrevealed) note.
   */
  clientKey: entityId.optional(),
  /**
   * Facilitators only: a note for people in the room without a phone. Shown as "written for the
   * room", never with an author, and not counted against anyone's own notes.
   */
  forRoom: z.boolean().optional(),
});
const editNote = command('editNote', { noteId: entityId, text: multiLine(L.noteText) });
const deleteNote = command('deleteNote', { noteId: entityId });
const moveNote = command('moveNote', {
  noteId: entityId,
  clusterId: entityId.nullable(),
  index: listIndex.optional(),
});
const createCluster = command('createCluster', {
  activityId: entityId,
  title: oneLine(L.clusterTitle),
  groupId: entityId.nullable().optional(),
  index: listIndex.optional(),
});
const renameCluster = command('renameCluster', {
  clusterId: entityId,
  title: oneLine(L.clusterTitle),
});
const deleteCluster = command('deleteCluster', { clusterId: entityId });
// Running the workshop (RunWorkshops).
const configure = command('configure', {
  title: oneLine(L.title).optional(),
  goal: multiLineOrEmpty(L.goal).optional(),
  date: isoDate.nullable().optional(),
  anonymous: z.boolean().optional(),
  facilitatorSeesAuthors: z.boolean().optional(),
});
const addActivity = command('addActivity', {
  activity: activityConfigSchema,
  index: listIndex.optional(),
});
const updateActivity = command('updateActivity', {
  activityId: entityId,
  changes: activityChangesSchema,
});
const moveActivity = command('moveActivity', { activityId: entityId, index: listIndex });
const removeActivity = command('removeActivity', { activityId: entityId });
const start = command('start', {
  /** Also starts the first pending activity (and its timer, when it has a timebox). */
  firstActivity: z.boolean().optional(),
});
const startActivity = command('startActivity', {
  activityId: entityId,
  /** Also starts the timer with the activity's timebox. */
  startTimer: z.boolean().optional(),
});
const completeActivity = command('completeActivity', { activityId: entityId });
const timerStart = command('timerStart', {
  /** Defaults to the current activity's timebox. */
  minutes: z.int().min(1).max(L.timeboxMinutes).optional(),
});
const timerPause = command('timerPause', {});
const timerResume = command('timerResume', {});
const timerAddMinutes = command('timerAddMinutes', {
  minutes: z
    .int()
    .min(-L.addMinutes)
    .max(L.addMinutes)
    .refine((minutes) => minutes !== 0, 'minutes must not be 0'),
});
const lockInput = command('lockInput', {});
const unlockInput = command('unlockInput', {});
const setFollowMe = command('setFollowMe', { on: z.boolean() });
const revealNotes = command('revealNotes', { activityId: entityId });
const revealVotes = command('revealVotes', { activityId: entityId });
const hideNote = command('hideNote', { noteId: entityId, reason: z.enum(HIDE_REASONS) });
const unhideNote = command('unhideNote', { noteId: entityId });
const removeParticipant = command('removeParticipant', { participantId: entityId });
/** One person who joined twice: `mergeId`'s notes, votes and answers go to `keepId`. */
const mergeParticipants = command('mergeParticipants', { keepId: entityId, mergeId: entityId });
const splitIntoGroups = command('splitIntoGroups', {
  count: z.int().min(2).max(L.groups),
  mode: z.enum(['random', 'manual']),
  /** Names by group index; missing or empty names are shown as "Group n". */
  names: z.array(oneLineOrEmpty(L.groupName)).max(L.groups).optional(),
  /** Manual mode only: participant id → group index. */
  assignments: z
    .record(
      entityId,
      z
        .int()
        .min(0)
        .max(L.groups - 1),
    )
    .refine((record) => Object.keys(record).length <= L.participants, 'too many assignments')
    .optional(),
});
const endGroups = command('endGroups', {});
const end = command('end', {});

export const participantCommandSchemas = [
  join,
  addNote,
  editNote,
  deleteNote,
  moveNote,
  createCluster,
  renameCluster,
  deleteCluster,
  activityKinds.vote.commands.vote.schema,
  activityKinds.vote.commands.unvote.schema,
  activityKinds.poll.commands.answerPoll.schema,
] as const;

export const facilitatorCommandSchemas = [
  configure,
  addActivity,
  updateActivity,
  moveActivity,
  removeActivity,
  start,
  startActivity,
  completeActivity,
  timerStart,
  timerPause,
  timerResume,
  timerAddMinutes,
  lockInput,
  unlockInput,
  setFollowMe,
  revealNotes,
  revealVotes,
  activityKinds.poll.commands.revealPoll.schema,
  hideNote,
  unhideNote,
  removeParticipant,
  mergeParticipants,
  splitIntoGroups,
  endGroups,
  end,
] as const;

export const workshopCommandSchema = z.discriminatedUnion('type', [
  ...participantCommandSchemas,
  ...facilitatorCommandSchemas,
]);

export type WorkshopCommand = z.infer<typeof workshopCommandSchema>;
/** A command as a client writes it (before trimming and defaults). */
export type WorkshopCommandInput = z.input<typeof workshopCommandSchema>;
export type CommandType = WorkshopCommand['type'];
export type CommandOf<T extends CommandType> = Extract<WorkshopCommand, { type: T }>;

export const COMMAND_TYPES: readonly CommandType[] = workshopCommandSchema.options.map(
  (option) => option.shape.type.value,
);

/** Checks shape and sizes at the server's edge; the result is what validateCommand expects. */
export function parseCommand(
  input: unknown,
): { ok: true; command: WorkshopCommand } | WorkshopFailure {
  const parsed = workshopCommandSchema.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return fail(WorkshopErrorCode.BadCommand, `${where}${issue?.message ?? 'invalid command'}`);
}
