import type { PlanSummary } from '../../shared/api/plans';
import { isRole } from '../../shared/auth/roles';
import { DEFAULT_PLAN_LANGUAGE, isPlanLanguage, type PlanLanguage } from '../../shared/plan/contentLanguage';
import type { Language } from '../i18n/languages';
import { apiPath, badResponse, isRecord, request } from './request';

export type { PlanSummary };
export { ApiError } from './request';

/*
 * The plan HTTP API (same origin; Vite's dev server proxies /api to the Node server). Answers
 * are checked by hand rather than with zod, which would add its weight to the plan list page.
 */

function toTime(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : time;
  }
  return null;
}

function toPlanSummary(value: unknown): PlanSummary {
  if (isRecord(value) && typeof value.id === 'string' && typeof value.title === 'string') {
    const updatedAt = toTime(value.updatedAt);
    const municipality = typeof value.municipality === 'string' ? value.municipality : '';
    const role = isRole(value.role) ? value.role : null;
    const inbox = value.inbox === 'handle' || value.inbox === 'read' ? value.inbox : null;
    const contentLanguage = isPlanLanguage(value.contentLanguage) ? value.contentLanguage : DEFAULT_PLAN_LANGUAGE;
    if (updatedAt !== null)
      return { id: value.id, title: value.title, municipality, contentLanguage, updatedAt, role, inbox };
  }
  throw badResponse('plan');
}

export async function fetchPlans(signal?: AbortSignal): Promise<PlanSummary[]> {
  const body = await request('/api/plans', { signal });
  if (!isRecord(body) || !Array.isArray(body.plans)) throw badResponse('plans');
  return body.plans.map(toPlanSummary);
}

export async function fetchPlan(id: string, signal?: AbortSignal): Promise<PlanSummary> {
  const body = await request(apiPath`/api/plans/${id}`, { signal });
  if (!isRecord(body)) throw badResponse('plan');
  return toPlanSummary(body.plan);
}

export async function createPlan(title: string, contentLanguage: PlanLanguage): Promise<PlanSummary> {
  const body = await request('/api/plans', { method: 'POST', json: { title, contentLanguage } });
  if (!isRecord(body)) throw badResponse('plan');
  return toPlanSummary(body.plan);
}

/** The Markdown export, its headings ("Innsatsområde", "Strategi") in the reader's language. */
export function exportMarkdownUrl(id: string, language: Language): string {
  return `${apiPath`/api/plans/${id}/export.md`}?lang=${language}`;
}

/** An administrator makes a staff account (their own or another's) owner of the plan. */
export async function makeOwner(planId: string, userId: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/owners`, { method: 'POST', json: { userId } });
}
