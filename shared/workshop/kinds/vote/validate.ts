import type * as Y from 'yjs';
import type { Actor } from '../../actor';
import { getCluster, getNote } from '../../board';
import { fail, OK, WorkshopErrorCode as E, type Validation, type WorkshopFailure } from '../../errors';
import { hasVote, listVotes } from '../../privateDoc';
import { asMember, checkGroup, currentActivity, inputOpen, type Member } from '../../validate/guards';
import type { UnvoteCommand, VoteCommand } from './commands';
import type { VoteActivity } from './types';

/**
 * Dot voting. One vote per person and target: with N votes spread over N targets a total
 * reads as "how many people back this", which is what a plan's proposals need to say, and one
 * person cannot pile every vote on their own note.
 */
function openVote(
  pub: Y.Doc,
  actor: Actor,
  activityId: string,
): { ok: true; member: Member; activity: VoteActivity } | WorkshopFailure {
  const member = asMember(pub, actor);
  if (!member.ok) return member;
  const found = currentActivity(pub, member.meta, activityId, ['vote']);
  if (!found.ok) return found;
  if (found.activity.votesRevealed) return fail(E.VotesRevealed, 'voting is closed');
  const open = inputOpen(member.meta, member.host);
  if (!open.ok) return open;
  return { ok: true, member, activity: found.activity };
}

/** The target's group, if it is something this vote is on: a visible note or a cluster. */
export function voteTargetGroup(
  pub: Y.Doc,
  activity: VoteActivity,
  targetId: string,
): { ok: true; groupId: string | null } | WorkshopFailure {
  const board = activity.sourceActivityId;
  if (board === null) return fail(E.ActivityNotReady, 'the vote has no brainstorm to vote on');
  const target = activity.voteOn === 'notes' ? getNote(pub, targetId) : getCluster(pub, targetId);
  const hidden = target !== null && 'hidden' in target && target.hidden;
  if (!target || target.activityId !== board || hidden) {
    return fail(E.UnknownTarget, `nothing to vote on with id ${targetId}`);
  }
  return { ok: true, groupId: target.groupId };
}

export function validateVote(pub: Y.Doc, priv: Y.Doc, actor: Actor, command: VoteCommand): Validation {
  const checked = openVote(pub, actor, command.activityId);
  if (!checked.ok) return checked;
  const target = voteTargetGroup(pub, checked.activity, command.targetId);
  if (!target.ok) return target;
  const group = checkGroup(checked.member, target.groupId);
  if (!group.ok) return group;
  if (hasVote(priv, command.activityId, actor.participantId, command.targetId)) {
    return fail(E.AlreadyVoted, 'one vote per target');
  }
  const used = listVotes(priv, {
    activityId: command.activityId,
    participantId: actor.participantId,
  }).length;
  if (used >= checked.activity.votesPerPerson) {
    return fail(E.VoteBudgetExceeded, `all ${checked.activity.votesPerPerson} votes are used`);
  }
  return OK;
}

export function validateUnvote(
  pub: Y.Doc,
  priv: Y.Doc,
  actor: Actor,
  command: UnvoteCommand,
): Validation {
  const checked = openVote(pub, actor, command.activityId);
  if (!checked.ok) return checked;
  return hasVote(priv, command.activityId, actor.participantId, command.targetId)
    ? OK
    : fail(E.NotVoted, 'no vote of yours on this target');
}
