/** Lives in client/http/, not client/api/: in development Vite proxies every /api/* URL to the server. */
import type { PlanSummary } from '../../shared/api/plans';
import type { Language } from '../i18n/languages';

export type { PlanSummary };

/*
 * The plan HTTP API (same origin; Vite's dev server proxies /api to the Node server). Answers
 * are checked by hand rather than with zod, which would add its weight to the plan list page.
 */

/** The request reached the server and it answered with an error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
    if (updatedAt !== null) return { id: value.id, title: value.title, municipality, updatedAt };
  }
  throw new ApiError(0, 'bad-response', 'unexpected plan shape');
}

async function request(path: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', ...init?.headers },
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    const code = typeof error.code === 'string' ? error.code : 'http-error';
    const message = typeof error.message === 'string' ? error.message : response.statusText;
    throw new ApiError(response.status, code, message);
  }
  return body;
}

export async function fetchPlans(signal?: AbortSignal): Promise<PlanSummary[]> {
  const body = await request('/api/plans', { signal });
  if (!isRecord(body) || !Array.isArray(body.plans))
    throw new ApiError(0, 'bad-response', 'no plans');
  return body.plans.map(toPlanSummary);
}

export async function fetchPlan(id: string, signal?: AbortSignal): Promise<PlanSummary> {
  const body = await request(`/api/plans/${encodeURIComponent(id)}`, { signal });
  if (!isRecord(body)) throw new ApiError(0, 'bad-response', 'no plan');
  return toPlanSummary(body.plan);
}

export async function createPlan(title: string): Promise<PlanSummary> {
  const body = await request('/api/plans', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (!isRecord(body)) throw new ApiError(0, 'bad-response', 'no plan');
  return toPlanSummary(body.plan);
}

/** The Markdown export, its headings ("Innsatsområde", "Strategi") in the reader's language. */
export function exportMarkdownUrl(id: string, language: Language): string {
  return `/api/plans/${encodeURIComponent(id)}/export.md?lang=${language}`;
}
