import type * as Y from 'yjs';
import { bool, isRecord, num, oneOf, str, strOrNull, type EntityMap } from './fields';
import { MetaKeys, PublicRoots } from './keys';
import { WORKSHOP_STATUSES, type TimerState, type WorkshopMeta } from './types';

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PublicRoots.meta);
}

export function activitiesMap(doc: Y.Doc): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(PublicRoots.activities);
}

export function participantsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(PublicRoots.participants);
}

export function groupsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(PublicRoots.groups);
}

export function notesMap(doc: Y.Doc): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(PublicRoots.notes);
}

export function clustersMap(doc: Y.Doc): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(PublicRoots.clusters);
}

export function talliesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PublicRoots.tallies);
}

export interface WorkshopInit {
  title: string;
  planId: string;
  goal?: string;
  date?: string | null;
  anonymous?: boolean;
  facilitatorSeesAuthors?: boolean;
}

/** Fills an empty public doc; the server calls it once, when the workshop is created. */
export function initWorkshop(doc: Y.Doc, init: WorkshopInit): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set(MetaKeys.title, init.title);
    meta.set(MetaKeys.goal, init.goal ?? '');
    meta.set(MetaKeys.date, init.date ?? null);
    meta.set(MetaKeys.planId, init.planId);
    meta.set(MetaKeys.anonymous, init.anonymous ?? false);
    meta.set(MetaKeys.facilitatorSeesAuthors, init.facilitatorSeesAuthors ?? false);
    meta.set(MetaKeys.status, 'draft');
    meta.set(MetaKeys.currentActivityId, null);
    meta.set(MetaKeys.followMe, false);
    meta.set(MetaKeys.inputLocked, false);
    meta.set(MetaKeys.timer, { type: 'idle' } satisfies TimerState);
  });
}

export function readMeta(doc: Y.Doc): WorkshopMeta {
  const meta = metaMap(doc);
  return {
    title: str(meta, MetaKeys.title),
    goal: str(meta, MetaKeys.goal),
    date: strOrNull(meta, MetaKeys.date),
    planId: str(meta, MetaKeys.planId),
    anonymous: bool(meta, MetaKeys.anonymous),
    facilitatorSeesAuthors: bool(meta, MetaKeys.facilitatorSeesAuthors),
    status: oneOf(meta, MetaKeys.status, WORKSHOP_STATUSES, 'draft'),
    currentActivityId: strOrNull(meta, MetaKeys.currentActivityId),
    followMe: bool(meta, MetaKeys.followMe),
    inputLocked: bool(meta, MetaKeys.inputLocked),
  };
}

/**
 * The timer is one plain value, replaced whole: its fields only make sense together, and a
 * single write cannot be seen half-done.
 */
export function readTimer(doc: Y.Doc): TimerState {
  const value = metaMap(doc).get(MetaKeys.timer);
  if (!isRecord(value)) return { type: 'idle' };
  const activityId = str(value, 'activityId');
  const durationMs = num(value, 'durationMs', 0);
  if (value.type === 'running') {
    return { type: 'running', activityId, endsAt: num(value, 'endsAt', 0), durationMs };
  }
  if (value.type === 'paused') {
    return { type: 'paused', activityId, remainingMs: num(value, 'remainingMs', 0), durationMs };
  }
  return { type: 'idle' };
}

export function writeTimer(doc: Y.Doc, timer: TimerState): void {
  metaMap(doc).set(MetaKeys.timer, { ...timer });
}
