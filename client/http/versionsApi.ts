import {
  LIVE,
  PROCESS_STEPS,
  type CompareResponse,
  type ProcessStep,
  type ProcessStepEntry,
  type VersionContentResponse,
  type VersionSummary,
} from '../../shared/api/versions';
import type { PlanDiff } from '../../shared/plan/diff';
import { apiPath, badResponse, isRecord, request } from './request';

export type { ProcessStep, ProcessStepEntry, VersionSummary, VersionContentResponse, PlanDiff };
export { LIVE, PROCESS_STEPS };

/*
 * The process timeline and the versions frozen along it. Answers are checked at their outer
 * shape (as in the other APIs here, without zod); the server builds them from shared types.
 */

export function isProcessStep(value: unknown): value is ProcessStep {
  return typeof value === 'string' && (PROCESS_STEPS as readonly string[]).includes(value);
}

function toVersion(value: unknown): VersionSummary {
  if (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    isProcessStep(value.step) &&
    typeof value.createdAt === 'number'
  ) {
    const createdBy = typeof value.createdBy === 'string' ? value.createdBy : null;
    return {
      id: value.id,
      name: value.name,
      step: value.step,
      createdAt: value.createdAt,
      createdBy,
    };
  }
  throw badResponse('version');
}

function toSteps(body: unknown): ProcessStepEntry[] {
  if (!isRecord(body) || !Array.isArray(body.steps)) throw badResponse('process');
  return body.steps.map((entry: unknown) => {
    if (isRecord(entry) && isProcessStep(entry.step))
      return { step: entry.step, date: typeof entry.date === 'string' ? entry.date : null };
    throw badResponse('process step');
  });
}

export async function fetchProcess(
  planId: string,
  signal?: AbortSignal,
): Promise<ProcessStepEntry[]> {
  return toSteps(await request(apiPath`/api/plans/${planId}/process`, { signal }));
}

export async function updateProcess(
  planId: string,
  steps: readonly ProcessStepEntry[],
): Promise<ProcessStepEntry[]> {
  const body = await request(apiPath`/api/plans/${planId}/process`, {
    method: 'PUT',
    json: { steps },
  });
  return toSteps(body);
}

export async function fetchVersions(
  planId: string,
  signal?: AbortSignal,
): Promise<VersionSummary[]> {
  const body = await request(apiPath`/api/plans/${planId}/versions`, { signal });
  if (!isRecord(body) || !Array.isArray(body.versions)) throw badResponse('versions');
  return body.versions.map(toVersion);
}

export async function freezeVersion(
  planId: string,
  input: { name: string; step: ProcessStep },
): Promise<VersionSummary> {
  const body = await request(apiPath`/api/plans/${planId}/versions`, {
    method: 'POST',
    json: input,
  });
  if (!isRecord(body)) throw badResponse('version');
  return toVersion(body.version);
}

export async function fetchVersion(
  planId: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<VersionContentResponse> {
  const body = await request(apiPath`/api/plans/${planId}/versions/${versionId}`, { signal });
  if (!isRecord(body) || !isRecord(body.snapshot) || !Array.isArray(body.snapshot.focusAreas))
    throw badResponse('version content');
  return {
    version: toVersion(body.version),
    snapshot: body.snapshot as unknown as VersionContentResponse['snapshot'],
  };
}

/** `from` and `to` are version ids or `LIVE` (the current draft). */
export async function fetchComparison(
  planId: string,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<CompareResponse> {
  const query = new URLSearchParams({ from, to }).toString();
  const body = await request(`${apiPath`/api/plans/${planId}/compare`}?${query}`, { signal });
  if (!isRecord(body) || !isRecord(body.diff) || !Array.isArray(body.diff.focusAreas))
    throw badResponse('comparison');
  const editors = isRecord(body.editors) ? body.editors : {};
  return { ...(body as unknown as CompareResponse), editors: editors as CompareResponse['editors'] };
}

export async function restoreVersion(planId: string, versionId: string): Promise<VersionSummary> {
  const body = await request(apiPath`/api/plans/${planId}/versions/${versionId}/restore`, {
    method: 'POST',
  });
  if (!isRecord(body)) throw badResponse('version');
  return toVersion(body.version);
}
