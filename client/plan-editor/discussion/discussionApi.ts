import type { DiscussionPeopleResponse, SinceLastVisitResponse, ThreadsSeenResponse } from '../../../shared/api/discussion';
import { isRole } from '../../../shared/auth/roles';
import type { DiscussionSettings } from '../../../shared/discussion/types';
import { apiPath, badResponse, isRecord, request } from '../../http/request';

/**
 * The HTTP side of a plan's discussion (shared/api/discussion.ts): people to mention, the
 * owner's settings, seen marks and what happened since the last visit. Answers are checked by
 * hand, as in the other client APIs.
 */

function isPerson(value: unknown): value is Record<string, unknown> & { id: string; name: string } {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string';
}

export async function fetchDiscussionPeople(planId: string, signal?: AbortSignal): Promise<DiscussionPeopleResponse> {
  const body = await request(apiPath`/api/plans/${planId}/discussion/people`, { signal });
  if (!isRecord(body) || !isPerson(body.me) || !Array.isArray(body.people)) throw badResponse('discussion people');
  const people = body.people.flatMap((person: unknown) =>
    isRecord(person) && isPerson(person) && isRole(person.role) ? [{ id: person.id, name: person.name, role: person.role }] : [],
  );
  return { me: { id: body.me.id, name: body.me.name }, people };
}

const SETTING_KEYS = ['observersMayComment', 'editorsMayDecide', 'suggestOnly'] as const;

function toSettings(value: unknown): DiscussionSettings | null {
  if (!isRecord(value)) return null;
  const source = isRecord(value.settings) ? value.settings : value;
  if (!SETTING_KEYS.every((key) => typeof source[key] === 'boolean')) return null;
  return {
    observersMayComment: source.observersMayComment === true,
    editorsMayDecide: source.editorsMayDecide === true,
    suggestOnly: source.suggestOnly === true,
  };
}

export async function saveDiscussionSettings(planId: string, settings: DiscussionSettings): Promise<DiscussionSettings> {
  const body = await request(apiPath`/api/plans/${planId}/discussion/settings`, { method: 'PUT', json: settings });
  return toSettings(body) ?? settings;
}

export async function fetchSeenMarks(planId: string, signal?: AbortSignal): Promise<ThreadsSeenResponse['seen']> {
  const body = await request(apiPath`/api/plans/${planId}/discussion/seen`, { signal });
  if (!isRecord(body) || !isRecord(body.seen)) throw badResponse('seen marks');
  const seen: Record<string, number> = {};
  for (const [threadId, at] of Object.entries(body.seen)) {
    if (typeof at === 'number' && Number.isFinite(at)) seen[threadId] = at;
  }
  return seen;
}

export async function sendSeenMarks(planId: string, threads: readonly { threadId: string; at: number }[]): Promise<void> {
  await request(apiPath`/api/plans/${planId}/discussion/seen`, { method: 'POST', json: { threads } });
}

export async function fetchSinceLastVisit(planId: string, signal?: AbortSignal): Promise<SinceLastVisitResponse> {
  const body = await request(apiPath`/api/plans/${planId}/since-last-visit`, { signal });
  if (!isRecord(body)) throw badResponse('since last visit');
  // The server speaks the same typed contract; only the lists' presence is checked here.
  const list = <K extends keyof SinceLastVisitResponse>(key: K) =>
    (Array.isArray(body[key]) ? body[key] : []) as SinceLastVisitResponse[K];
  const sections = list('sections');
  const newThreads = list('newThreads');
  const newReplies = list('newReplies');
  const suggestionsWaiting = list('suggestionsWaiting');
  const ownSuggestionsDecided = list('ownSuggestionsDecided');
  const totals = isRecord(body.totals) ? body.totals : {};
  const total = (key: keyof SinceLastVisitResponse['totals'], shown: number) =>
    typeof totals[key] === 'number' ? Math.max(totals[key], shown) : shown;
  return {
    lastVisitAt: typeof body.lastVisitAt === 'number' ? body.lastVisitAt : null,
    sections,
    newThreads,
    newReplies,
    suggestionsWaiting,
    ownSuggestionsDecided,
    totals: {
      sections: total('sections', sections.length),
      newThreads: total('newThreads', newThreads.length),
      newReplies: total('newReplies', newReplies.length),
      suggestionsWaiting: total('suggestionsWaiting', suggestionsWaiting.length),
      ownSuggestionsDecided: total('ownSuggestionsDecided', ownSuggestionsDecided.length),
    },
  };
}

export async function startVisit(planId: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/visit`, { method: 'POST' });
}
