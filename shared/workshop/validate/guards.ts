import type * as Y from 'yjs';
import { getActivity } from '../activities';
import { isHost, mayJoin, type Actor } from '../actor';
import { fail, OK, WorkshopErrorCode as E, type Validation, type WorkshopFailure } from '../errors';
import { getGroup, getParticipant } from '../people';
import { readMeta } from '../publicDoc';
import type { Activity, ActivityKind, Participant, WorkshopMeta, WorkshopStatus } from '../types';

/** Checks every command shares. Each returns the facts it established, or why it refused. */

export interface Member {
  ok: true;
  meta: WorkshopMeta;
  participant: Participant;
  host: boolean;
}

function removed(actor: Actor, participant: Participant | null): WorkshopFailure | null {
  if (actor.removed === true || participant?.removed === true) {
    return fail(E.ParticipantRemoved, 'the facilitator removed this participant');
  }
  return null;
}

/** Taking part: a role that may join, not removed, a running workshop, joined. */
export function asMember(doc: Y.Doc, actor: Actor): Member | WorkshopFailure {
  if (!mayJoin(actor)) return fail(E.Forbidden, `role ${actor.role} cannot take part`);
  const participant = getParticipant(doc, actor.participantId);
  const refused = removed(actor, participant);
  if (refused) return refused;
  const meta = readMeta(doc);
  if (meta.status === 'ended') return fail(E.WorkshopEnded, 'the workshop has ended');
  if (meta.status !== 'running') return fail(E.WorkshopNotRunning, 'the workshop has not started');
  if (!participant) return fail(E.NotJoined, 'join the workshop first');
  return { ok: true, meta, participant, host: isHost(actor) };
}

/** Running the workshop: a host role, not removed, in one of `statuses`. */
export function asHost(
  doc: Y.Doc,
  actor: Actor,
  statuses: readonly WorkshopStatus[],
): { ok: true; meta: WorkshopMeta } | WorkshopFailure {
  if (!isHost(actor)) return fail(E.Forbidden, `role ${actor.role} cannot run workshops`);
  const refused = removed(actor, getParticipant(doc, actor.participantId));
  if (refused) return refused;
  const meta = readMeta(doc);
  if (statuses.includes(meta.status)) return { ok: true, meta };
  if (meta.status === 'ended') return fail(E.WorkshopEnded, 'the workshop has ended');
  if (meta.status === 'draft') return fail(E.WorkshopNotRunning, 'the workshop has not started');
  return fail(E.InvalidTransition, `not possible while the workshop is ${meta.status}`);
}

export function existingActivity(
  doc: Y.Doc,
  activityId: string,
): { ok: true; activity: Activity } | WorkshopFailure {
  const activity = getActivity(doc, activityId);
  return activity ? { ok: true, activity } : fail(E.UnknownActivity, `no activity ${activityId}`);
}

/** The named activity is of one of `kinds`, is the current one, and is running. */
export function currentActivity<K extends ActivityKind>(
  doc: Y.Doc,
  meta: WorkshopMeta,
  activityId: string,
  kinds: readonly K[],
): { ok: true; activity: Extract<Activity, { kind: K }> } | WorkshopFailure {
  const found = existingActivity(doc, activityId);
  if (!found.ok) return found;
  const { activity } = found;
  if (!isKind(activity, kinds)) {
    return fail(E.WrongActivityKind, `${activity.kind} activity; needs ${kinds.join(' or ')}`);
  }
  if (meta.currentActivityId !== activityId) {
    return fail(E.ActivityNotCurrent, 'the facilitator has moved on to another activity');
  }
  if (activity.state !== 'active')
    return fail(E.ActivityNotActive, `activity is ${activity.state}`);
  return { ok: true, activity };
}

/**
 * What every reveal asks: a host of a running workshop, an activity of `kind` that has run or runs
 * now, not revealed yet (revealing twice is refused, so a double click is harmless).
 */
export function revealable<K extends ActivityKind>(
  doc: Y.Doc,
  actor: Actor,
  activityId: string,
  kind: K,
  isRevealed: (activity: Extract<Activity, { kind: K }>) => boolean,
): Validation {
  const host = asHost(doc, actor, ['running']);
  if (!host.ok) return host;
  const found = existingActivity(doc, activityId);
  if (!found.ok) return found;
  const { activity } = found;
  if (!isKind(activity, [kind])) return fail(E.WrongActivityKind, `the activity is a ${activity.kind}, not a ${kind}`);
  if (activity.state === 'pending') return fail(E.ActivityNotActive, 'the activity has not run');
  return isRevealed(activity) ? fail(E.AlreadyRevealed, 'revealed already') : OK;
}

export function isKind<K extends ActivityKind>(
  activity: Activity,
  kinds: readonly K[],
): activity is Extract<Activity, { kind: K }> {
  return (kinds as readonly ActivityKind[]).includes(activity.kind);
}

/** "Pens down" stops participants, never the people running the workshop. */
export function inputOpen(meta: WorkshopMeta, host: boolean): Validation {
  return meta.inputLocked && !host ? fail(E.InputLocked, 'input is paused') : OK;
}

/**
 * Breakouts: a participant in a group works only on that group's board; in plenary, on every
 * board. Hosts work everywhere.
 */
export function mayTouchGroup(member: Member, groupId: string | null): boolean {
  return (
    member.host || member.participant.groupId === null || member.participant.groupId === groupId
  );
}

export function checkGroup(member: Member, groupId: string | null): Validation {
  return mayTouchGroup(member, groupId)
    ? OK
    : fail(E.WrongGroup, 'this belongs to another breakout group');
}

/**
 * The group a new note or cluster goes into. Participants always write onto their own group's
 * board (naming another is refused); hosts may name any open group, or null for plenary.
 */
export function targetGroup(
  doc: Y.Doc,
  member: Member,
  requested: string | null | undefined,
): { ok: true; groupId: string | null } | WorkshopFailure {
  const own = member.participant.groupId;
  if (requested === undefined) return { ok: true, groupId: own };
  if (!member.host) {
    return requested === own
      ? { ok: true, groupId: own }
      : fail(E.WrongGroup, 'participants write onto their own group’s board');
  }
  if (requested === null) return { ok: true, groupId: null };
  return getGroup(doc, requested)?.open === true
    ? { ok: true, groupId: requested }
    : fail(E.UnknownGroup, `no open group ${requested}`);
}
