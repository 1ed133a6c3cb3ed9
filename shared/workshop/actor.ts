import { can, Permission, type Role } from '../auth/roles';
import type { WorkshopFailure } from './errors';
import type { ClusteringBy } from './types';

/**
 * Who sends a command, as the server established it (session, invite, guest cookie); never
 * taken from the command itself. A facilitator is an actor with a participant id too.
 */
export interface Actor {
  participantId: string;
  role: Role;
  /** Set by the server when it already knows; the participant record is checked as well. */
  removed?: boolean;
}

/** What applying needs from outside, so the functions stay pure and replayable. */
export interface ApplyContext {
  /** Server time, epoch ms. */
  now: number;
  /**
   * Fresh ids for notes, clusters, activities and groups. Must be random, not a counter: in an
   * anonymous workshop, ordered ids would tell the order notes were written in.
   */
  newId: () => string;
  /** Seed for random breakout groups and the order anonymous notes are revealed in. ≥ 1. */
  seed: number;
  /** Passed to both documents' transactions, so the server can tell its own writes apart. */
  origin?: unknown;
}

/**
 * What the ack carries back to the sender. Never another person's private data: only ids the
 * sender created, their own remaining votes, and counts already public.
 */
export type CommandOutcome =
  | { type: 'done' }
  | { type: 'joined'; participantId: string; groupId: string | null }
  | { type: 'noteAdded'; noteId: string; visible: boolean }
  | { type: 'created'; id: string }
  | { type: 'votes'; activityId: string; used: number; remaining: number }
  | { type: 'revealed'; activityId: string; count: number }
  | { type: 'groupsCreated'; groupIds: string[] };

export type ApplyResult = { ok: true; outcome: CommandOutcome } | WorkshopFailure;

/** Runs the workshop: owner and facilitator. */
export function isHost(actor: Actor): boolean {
  return can(actor.role, Permission.RunWorkshops);
}

/** May take part: everyone but observers (they read the public doc; they never write). */
export function mayJoin(actor: Actor): boolean {
  return isHost(actor) || can(actor.role, Permission.JoinWorkshops);
}

/**
 * May organise notes into clusters. Editors (working-group members) count as organisers:
 * they co-own the plan the clusters feed into and often help facilitate.
 */
export function mayOrganize(actor: Actor, clusteringBy: ClusteringBy): boolean {
  return clusteringBy === 'everyone' || isHost(actor) || actor.role === 'editor';
}
