import type {
  AddAssociationBody,
  AssociationListResponse,
  AssociationResponse,
  AssociationSummary,
  RenameAssociationBody,
} from '../../shared/api/associations';
import { apiPath, badResponse, isRecord, request } from '../http/request';

/** The plan's association list; `inviteToken` lets someone about to join by link read it. */
export async function fetchAssociations(
  planId: string,
  signal?: AbortSignal,
  inviteToken?: string,
): Promise<AssociationSummary[]> {
  const query = inviteToken ? `?${new URLSearchParams({ invite: inviteToken }).toString()}` : '';
  const body = await request(`${apiPath`/api/plans/${planId}/associations`}${query}`, { signal });
  if (!isRecord(body) || !Array.isArray(body.associations)) throw badResponse('associations');
  return (body as unknown as AssociationListResponse).associations;
}

function association(answer: unknown): AssociationSummary {
  if (!isRecord(answer) || !isRecord(answer.association)) throw badResponse('association');
  return (answer as unknown as AssociationResponse).association;
}

export async function addAssociation(
  planId: string,
  body: AddAssociationBody,
): Promise<AssociationSummary> {
  return association(
    await request(apiPath`/api/plans/${planId}/associations`, { method: 'POST', json: body }),
  );
}

export async function renameAssociation(
  planId: string,
  id: string,
  body: RenameAssociationBody,
): Promise<AssociationSummary> {
  return association(
    await request(apiPath`/api/plans/${planId}/associations/${id}`, {
      method: 'PATCH',
      json: body,
    }),
  );
}

export async function removeAssociation(planId: string, id: string): Promise<void> {
  await request(apiPath`/api/plans/${planId}/associations/${id}`, { method: 'DELETE' });
}
